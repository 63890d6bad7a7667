# Anthropic on Vertex AI beside Anthropic on Bedrock: only the Bedrock client is judged against Bedrock.
from anthropic import AnthropicBedrock, AnthropicVertex

vertex = AnthropicVertex(region="europe-west1", project_id="my-project")
bedrock = AnthropicBedrock(aws_region="us-east-1")


def compare(prompt):
    messages = [{"role": "user", "content": prompt}]
    a = vertex.messages.create(model="claude-sonnet-4-5@20250929", max_tokens=256, messages=messages)  # expect: none
    b = bedrock.messages.create(model="eu.anthropic.claude-sonnet-4-5-20250929-v1:0", max_tokens=256, messages=messages)  # expect: no-region-unavailable-model-id
    c = bedrock.messages.create(model="us.anthropic.claude-sonnet-4-5-20250929-v1:0", max_tokens=256, messages=messages)  # expect: none
    return a, b, c
