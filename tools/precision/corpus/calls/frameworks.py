# LangChain, Strands Agents and Anthropic's Bedrock client in Python.
from anthropic import AnthropicBedrock
from langchain_aws import BedrockEmbeddings, ChatBedrockConverse
from strands.models import BedrockModel

chat = ChatBedrockConverse(model="anthropic.claude-sonnet-4-5-20250929-v1:0", region_name="us-east-1")  # expect: require-inference-profile
eu_chat = ChatBedrockConverse(model="eu.anthropic.claude-sonnet-4-5-20250929-v1:0", region_name="eu-west-1")  # expect: none
wrong = ChatBedrockConverse(model_id="eu.anthropic.claude-sonnet-4-5-20250929-v1:0", region_name="us-west-2")  # expect: no-region-unavailable-model-id
embeddings = BedrockEmbeddings(model_id="amazon.titan-embed-text-v1", region_name="eu-west-1")  # expect: no-region-unavailable-model-id
typo = BedrockEmbeddings(model_id="amazon.titan-embed-text-v3:0")  # expect: no-unknown-model-id

model = BedrockModel(model_id="eu.anthropic.claude-sonnet-4-6", region_name="eu-west-1")  # expect: none
us_model = BedrockModel(model_id="jp.anthropic.claude-sonnet-4-6")  # expect: no-region-unavailable-model-id

anthropic = AnthropicBedrock(aws_region="us-east-1")
reply = anthropic.messages.create(model="claude-sonnet-4-5-20250929", max_tokens=512, messages=[])  # expect: no-unknown-model-id
reply2 = anthropic.messages.create(model="us.anthropic.claude-opus-4-1-20250805-v1:0", max_tokens=512, messages=[])  # expect: none
