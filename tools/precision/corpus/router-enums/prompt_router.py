# A default prompt router and an application's own enum of model names (mapped to real IDs elsewhere); an alias that is
# a real ID missing its `:0` is reported as the typo it may be.
from enum import Enum

ROUTER = {
    "promptRouterId": "anthropic.claude:1",  # expect: none
    "promptRouterArn": "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1",  # expect: none
}


class ChatModel(str, Enum):
    SONNET = "anthropic.claude-3-5-sonnet-v1"  # expect: none
    HAIKU = "anthropic.claude-3-haiku-v1"  # expect: none
    NOVA = "amazon.nova-pro-v1"  # expect: no-unknown-model-id


REAL_ID = {
    ChatModel.SONNET: "us.anthropic.claude-3-5-sonnet-20241022-v2:0",  # expect: none
    ChatModel.HAIKU: "anthropic.claude-3-haiku-20240307-v1:0",  # expect: none
    ChatModel.NOVA: "amazon.nova-pro-v1:0",  # expect: none
}
