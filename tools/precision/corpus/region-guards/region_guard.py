# A geo prefix chosen by a test of the region: each branch runs only where its test admits.
import os

import boto3

region = os.environ.get("AWS_REGION", "us-east-1")
client = boto3.client("bedrock-runtime", region_name=region)


def ask(prompt):
    model_id = "eu.anthropic.claude-sonnet-4-6" if region.startswith("eu") else "us.anthropic.claude-sonnet-4-6"  # expect: none
    return client.converse(modelId=model_id, messages=[{"role": "user", "content": [{"text": prompt}]}])


def ask_asia(prompt):
    # `apac.anthropic.claude-sonnet-4-6` exists in no region (Claude Sonnet 4.6 has jp., au. and global. profiles there).
    model_id = f"{'apac' if region.startswith('ap') else 'us'}.anthropic.claude-sonnet-4-6"  # expect: no-unknown-model-id
    return client.converse(modelId=model_id, messages=[{"role": "user", "content": [{"text": prompt}]}])


def summarize(text):
    if region in ("eu-west-1", "eu-central-1"):
        return client.converse(modelId="eu.anthropic.claude-haiku-4-5-20251001-v1:0", messages=[{"role": "user", "content": [{"text": text}]}])  # expect: none
    elif region == "ap-northeast-1":
        # Wrong for the region its test admits: an au. profile is callable from Sydney only.
        return client.converse(modelId="au.anthropic.claude-sonnet-4-6", messages=[{"role": "user", "content": [{"text": text}]}])  # expect: no-region-unavailable-model-id
    return client.converse(modelId="us.anthropic.claude-haiku-4-5-20251001-v1:0", messages=[{"role": "user", "content": [{"text": text}]}])  # expect: none
