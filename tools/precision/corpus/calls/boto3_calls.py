# Real boto3 calls in us-east-1: every mistake here fails at run time and must be reported.
import json
import os

import boto3

from app.requests import build_request

runtime = boto3.client("bedrock-runtime", region_name="us-east-1")
messages = [{"role": "user", "content": [{"text": "Hello"}]}]
payload = json.dumps(build_request())

runtime.converse(modelId="eu.anthropic.claude-sonnet-4-6", messages=messages)  # expect: no-region-unavailable-model-id
runtime.converse(modelId="us.anthropic.claude-sonnet-4-6", messages=messages)  # expect: none
runtime.converse_stream(modelId="anthropic.claude-sonnet-4-6", messages=messages)  # expect: require-inference-profile
runtime.converse(modelId="anthropic.claude-3-haiku-2024307-v1:0", messages=messages)  # expect: no-unknown-model-id
runtime.converse(modelId="anthropic.claude-v2", messages=messages)  # expect: no-deprecated-model-id
runtime.converse(modelId="anthropic.claude-3-5-haiku-20241022-v1:0", messages=messages)  # expect: no-deprecated-model-id, require-inference-profile
runtime.invoke_model(modelId="amazon.nova-lite-v1:0", body=payload)  # expect: none
runtime.invoke_model(modelId="amazon.titan-embed-text-v2:0", body=payload)  # expect: none
runtime.invoke_model_with_response_stream(modelId="apac.anthropic.claude-3-haiku-20240307-v1:0", body=payload)  # expect: no-region-unavailable-model-id
# The model of an Anthropic API name: Bedrock needs its own ID.
runtime.converse(modelId="claude-3-haiku-20240307", messages=messages)  # expect: no-unknown-model-id

MODEL_ID = os.environ.get("MODEL_ID", "meta.llama3-2-1b-instruct-v1:0")  # expect: no-deprecated-model-id, require-inference-profile
runtime.converse(modelId=MODEL_ID, messages=messages)

eu = boto3.client("bedrock-runtime", region_name="eu-west-1")
eu.converse(modelId="eu.amazon.nova-pro-v1:0", messages=messages)  # expect: none
eu.converse(modelId="us.amazon.nova-pro-v1:0", messages=messages)  # expect: no-region-unavailable-model-id

# A model only bedrock-mantle serves, asked of bedrock-runtime: that call fails, and one rule says so.
runtime.converse(modelId="google.gemma-4-31b", messages=messages)  # expect: no-unsupported-model-operation
