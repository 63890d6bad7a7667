# Python originals of the nested-body and image-format cases: boto3 calls modelled on public failures, written
# for this corpus. A line ending in "# expect: <rule>" must be reported by that rule; every other line must be silent.
import json

import anthropic
import boto3

client = boto3.client("bedrock-runtime", region_name="us-east-1")

# case crmne/ruby_llm#586: an Anthropic-shaped content block in a Nova body
client.invoke_model(
    modelId="amazon.nova-pro-v1:0",
    body=json.dumps({"messages": [{"role": "user", "content": [{"type": "text", "text": "Summarise the report."}]}]}),  # expect: valid-invoke-model-body
)

# case spring-projects/spring-ai#404: a Claude 2 prompt without the blank line before its Human turn
client.invoke_model(modelId="anthropic.claude-v2", body=json.dumps({"prompt": "Human: Tell me a joke.\n\nAssistant:", "max_tokens_to_sample": 300}))  # expect: valid-invoke-model-body

# case BerriAI/litellm#30314: a proxy's chat-only option in a Titan Multimodal Embeddings body
client.invoke_model(
    modelId="amazon.titan-embed-image-v1",
    body=json.dumps({"inputText": "Help me !", "cache_control_injection_points": [{"location": "message", "role": "system"}]}),  # expect: valid-invoke-model-body
)

QUESTION = input()
client.invoke_model(modelId="anthropic.claude-v2:1", body=json.dumps({"prompt": f"Human: {QUESTION}\n\nAssistant:", "max_tokens_to_sample": 300}))  # expect: valid-invoke-model-body

# case boto/boto3#4415: a JPEG file declared as PNG for Llama 3.2 11B
with open("photo.jpg", "rb") as image_file:
    image_bytes = image_file.read()
client.converse(
    modelId="meta.llama3-2-11b-instruct-v1:0",
    messages=[{"role": "user", "content": [{"text": "What is in this photo?"}, {"image": {"format": "png", "source": {"bytes": image_bytes}}}]}],  # expect: no-unsupported-model-feature
)
client.converse(
    modelId="meta.llama3-2-11b-instruct-v1:0",
    messages=[{"role": "user", "content": [{"image": {"format": "jpg", "source": {"bytes": open("scan.png", "rb").read()}}}]}],  # expect: no-unsupported-model-feature
)

# correct: the same shapes, written as each model takes them
client.invoke_model(modelId="amazon.nova-pro-v1:0", body=json.dumps({"messages": [{"role": "user", "content": [{"text": "Summarise the report."}]}]}))
client.invoke_model(modelId="anthropic.claude-v2", body=json.dumps({"prompt": "\n\nHuman: Tell me a joke.\n\nAssistant:", "max_tokens_to_sample": 300}))
client.invoke_model(modelId="amazon.titan-embed-image-v1", body=json.dumps({"inputText": "Help me !", "embeddingConfig": {"outputEmbeddingLength": 384}}))
client.converse(
    modelId="meta.llama3-2-11b-instruct-v1:0",
    messages=[{"role": "user", "content": [{"image": {"format": "jpeg", "source": {"bytes": image_bytes}}}]}],
)
client.converse(
    modelId="meta.llama3-2-11b-instruct-v1:0",
    messages=[{"role": "user", "content": [{"image": {"format": "png", "source": {"bytes": open(IMAGE_PATH, "rb").read()}}}]}],
)
client.invoke_model(modelId="anthropic.claude-v2:1", body=json.dumps({"prompt": f"Be brief.\n\nHuman: {QUESTION}\n\nAssistant:", "max_tokens_to_sample": 300}))
# Test data no call sends: a Nova body with Anthropic's blocks, an image block whose format is not its file's.
FIXTURES = {
    "nova_with_anthropic_blocks": {"messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]},
    "mismatched_image": {"image": {"format": "png", "source": {"bytes": open("photo.jpg", "rb").read()}}},
    "legacy_prompt": {"prompt": "Human: no blank line", "max_tokens_to_sample": 10},
}
# Anthropic's own API takes "type" blocks: it is not an InvokeModel body.
anthropic.Anthropic().messages.create(model="claude-3-haiku-20240307", max_tokens=512, messages=[{"role": "user", "content": [{"type": "text", "text": QUESTION}]}])
# A .jpeg file declared jpeg.
client.converse(
    modelId="meta.llama3-2-11b-instruct-v1:0",
    messages=[{"role": "user", "content": [{"image": {"format": "jpeg", "source": {"bytes": open("scan.jpeg", "rb").read()}}}]}],
)
