# Constructs that name their own region: a `{ modelId, region }` pair, a runtime URL, an ARN.
TARGETS = [
    {"modelId": "eu.anthropic.claude-haiku-4-5-20251001-v1:0", "region": "eu-west-1"},  # expect: none
    {"modelId": "eu.anthropic.claude-haiku-4-5-20251001-v1:0", "region": "us-west-2"},  # expect: no-region-unavailable-model-id
]

ENDPOINT = "https://bedrock-runtime.us-east-1.amazonaws.com/model/eu.anthropic.claude-sonnet-4-6/converse"  # expect: no-region-unavailable-model-id
OK_ENDPOINT = "https://bedrock-runtime.eu-west-1.amazonaws.com/model/eu.anthropic.claude-sonnet-4-6/converse"  # expect: none

# IAM resources: the ARN's own region decides; naming a base model here is how grants are written.
RESOURCES = [
    "arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",  # expect: none
    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-6",  # expect: none
    "arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-canvas-v1:0",  # expect: no-region-unavailable-model-id
    "arn:aws:bedrock:*::foundation-model/amazon.nova-pro-v1:0",  # expect: none
    "arn:aws:bedrock:*::foundation-model/amazon.nova-pro-v1",  # expect: no-unknown-model-id
]
