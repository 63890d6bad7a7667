# Anthropic on Microsoft Foundry: look-alike model names, not Bedrock's.
from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource="my-foundry-resource")


def reply(prompt):
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=[{"role": "user", "content": prompt}])  # expect: none


def reply_fast(prompt):
    return client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=256, messages=[{"role": "user", "content": prompt}])  # expect: none
