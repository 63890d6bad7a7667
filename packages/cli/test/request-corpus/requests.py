# Python originals of the request corpus: boto3 calls modelled on public failures, written for this corpus.
# A line ending in "# expect: <rule>" must be reported by that rule; every other line must be silent.
import json
import os

import boto3

client = boto3.client("bedrock-runtime", region_name="us-east-1")
# Converse-shaped: where a case sends it as a Claude InvokeModel body, its block lacks the `type` that body needs.
messages = [{"role": "user", "content": [{"text": "Hello"}]}]  # expect: valid-invoke-model-body
tools = [{"toolSpec": {"name": "lookup", "inputSchema": {"json": {"type": "object"}}}}]

# case aws-samples/serverless-pdf-chat#35: a Titan Text body sent to Claude
client.invoke_model(
    modelId="anthropic.claude-3-haiku-20240307-v1:0",
    body=json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 512, "messages": messages, "textGenerationConfig": {"temperature": 0}}),  # expect: valid-invoke-model-body
)

# case boto/boto3#4218: anthropic_version set to the model ID
MODEL_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0"
client.invoke_model(modelId=MODEL_ID, body=json.dumps({"anthropic_version": MODEL_ID, "max_tokens": 1024, "messages": messages}))  # expect: valid-invoke-model-body

# case langchain-ai/langchain#19549: a text-completion prompt for a Messages-API Claude
COMPLETION = json.dumps({"prompt": "\n\nHuman: Hi\n\nAssistant:", "max_tokens": 300})  # expect: valid-invoke-model-body
client.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=COMPLETION)

# case pingcap/autoflow#574: another provider's keys in a Claude body, and no messages
client.invoke_model(
    modelId="anthropic.claude-3-5-sonnet-20240620-v1:0",
    body=json.dumps(
        {  # expect: valid-invoke-model-body
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 1024,
            "contents": [{"text": "Hi"}],  # expect: valid-invoke-model-body
            "response_mime_type": "application/json",  # expect: valid-invoke-model-body
        }
    ),
)

# case aws-samples/document-translation#60: Claude 3 with the Claude 2 max_tokens_to_sample
client.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens_to_sample": 4000, "messages": messages}))  # expect: valid-invoke-model-body

# case strands-agents/harness-sdk#1807: a cache checkpoint for Llama
client.converse(
    modelId="meta.llama3-1-70b-instruct-v1:0",
    system=[{"text": "System"}, {"cachePoint": {"type": "default"}}],  # expect: no-unsupported-model-feature
    messages=messages,
)

# case mem0ai/mem0#5670: the embedding size under the multimodal model's key
client.invoke_model(modelId="amazon.titan-embed-text-v2:0", body=json.dumps({"inputText": "hi", "embeddingConfig": {"outputEmbeddingLength": 512}}))  # expect: valid-invoke-model-body

# case run-llama/llama_index#10649: a Cohere Embed body sent to Titan
client.invoke_model(modelId="amazon.titan-embed-text-v1", body=json.dumps({"texts": ["hi"], "input_type": "search_document"}))  # expect: valid-invoke-model-body

# case NousResearch/hermes-agent#55429: the file extension as the image format
client.converse(
    modelId="anthropic.claude-sonnet-4-5-20250929-v1:0",
    messages=[{"role": "user", "content": [{"image": {"format": "jpg", "source": {"bytes": b""}}}]}],  # expect: no-unsupported-model-feature
)

# case anthropics/anthropic-sdk-python#665: 8192 output tokens from Claude 3.5 Sonnet (June 2024)
client.invoke_model(modelId="anthropic.claude-3-5-sonnet-20240620-v1:0", body=json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 8192, "messages": messages}))  # expect: valid-invoke-model-body

# case aws-samples/bedrock-access-gateway#41: a gateway passes 8192 through to Llama 3.1 70B
client.converse(modelId="meta.llama3-1-70b-instruct-v1:0", messages=messages, inferenceConfig={"maxTokens": 8192})  # expect: valid-inference-parameters

# case aws-solutions-library-samples/accelerated-intelligent-document-processing-on-aws#175: Nova Pro above its limit
NOVA_CONFIG = {"maxTokens": 12000, "temperature": 0.0}  # expect: valid-inference-parameters
client.converse(modelId="us.amazon.nova-pro-v1:0", messages=messages, inferenceConfig=NOVA_CONFIG)

# case langgenius/dify#10390: Claude 3.5 Haiku above its limit
client.converse_stream(modelId="anthropic.claude-3-5-haiku-20241022-v1:0", messages=messages, inferenceConfig={"maxTokens": 10000})  # expect: valid-inference-parameters

# case BerriAI/litellm#15070: temperature and topP for Claude Sonnet 4.5
client.converse(modelId="us.anthropic.claude-sonnet-4-5-20250929-v1:0", messages=messages, inferenceConfig={"temperature": 0.7, "topP": 1})  # expect: valid-inference-parameters

# case mem0ai/mem0#4147: a memory layer's defaults send both
client.converse(modelId="anthropic.claude-haiku-4-5-20251001-v1:0", messages=messages, inferenceConfig=dict(temperature=0.1, topP=0.1, maxTokens=2000))  # expect: valid-inference-parameters

# case skydiscover-ai/skydiscover#15: Claude Sonnet 4.6 with both
client.converse(modelId="global.anthropic.claude-sonnet-4-6", messages=messages, inferenceConfig={"temperature": 0.5, "topP": 0.95})  # expect: valid-inference-parameters

# case run-llama/llama_index#19655: streaming tool calls with Llama 4 Scout
client.converse_stream(modelId="meta.llama4-scout-17b-instruct-v1:0", messages=messages, toolConfig={"tools": tools})  # expect: no-unsupported-model-feature

# case 567-labs/instructor#1753: a system prompt for Mixtral
client.converse(modelId="mistral.mixtral-8x7b-instruct-v0:1", system=[{"text": "Return JSON."}], messages=messages)  # expect: no-unsupported-model-feature

# case epam/ai-dial-adapter-bedrock#181: tools for Llama 3.2 3B
client.converse(modelId="meta.llama3-2-3b-instruct-v1:0", messages=messages, toolConfig={"tools": tools})  # expect: no-unsupported-model-feature

# case langchain-ai/langchain-aws#447: tools for DeepSeek R1
client.converse(modelId="deepseek.r1-v1:0", messages=messages, toolConfig={"tools": tools, "toolChoice": {"auto": {}}})  # expect: no-unsupported-model-feature

# correct: the same shapes where the models take them
client.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 512, "messages": messages}))
client.invoke_model(modelId="amazon.titan-embed-text-v2:0", body=json.dumps({"inputText": "hi", "dimensions": 512}))
client.converse(modelId="meta.llama3-1-70b-instruct-v1:0", messages=messages, inferenceConfig={"maxTokens": 2048})
client.converse(modelId="us.anthropic.claude-sonnet-4-5-20250929-v1:0", messages=messages, inferenceConfig={"temperature": 0.7})
client.converse(modelId="anthropic.claude-sonnet-4-5-20250929-v1:0", system=[{"text": "x"}, {"cachePoint": {"type": "default"}}], messages=messages, toolConfig={"tools": tools})
client.converse(modelId="meta.llama4-scout-17b-instruct-v1:0", messages=messages, toolConfig={"tools": tools})
client.converse(modelId="mistral.mixtral-8x7b-instruct-v0:1", messages=messages)
# Values that depend on the environment or on other code are not known statically.
client.converse(modelId="anthropic.claude-3-5-sonnet-20240620-v1:0", messages=messages, inferenceConfig={"maxTokens": int(os.environ["MAX_TOKENS"])})
client.converse(modelId=os.environ.get("MODEL_ID", "mycorp.private-model-v1:0"), messages=messages, inferenceConfig={"maxTokens": 100000})
client.converse(modelId="meta.llama3-2-3b-instruct-v1:0", messages=messages, **extra)
client.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=json.dumps(payload))
# An application inference profile hides its model.
client.converse(modelId="arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3", messages=messages, inferenceConfig={"temperature": 0.7, "topP": 0.9})
# Another library's converse() without a Bedrock modelId is not boto3's.
chatbot.converse(prompt="hi", max_tokens=100000)
