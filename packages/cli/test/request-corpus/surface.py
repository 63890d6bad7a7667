# Python originals of the base-URL cases of the request corpus (B-APISURFACE): OpenAI-compatible clients pointed at
# a Bedrock endpoint, written for this corpus. A line ending in "# expect: <rule>" must be reported by that rule;
# every other line must be silent.
import os

import boto3
from langchain_openai import ChatOpenAI
from openai import OpenAI
from strands.models.openai import OpenAIModel
from strands.models.openai_responses import OpenAIResponsesModel

api_key = os.environ["AWS_BEARER_TOKEN_BEDROCK"]
REGION = os.environ["AWS_REGION"]

# case strands-agents/harness-sdk#2629: mantle's /v1 base for GPT-5.5, which mantle serves under /openai/v1
OpenAIResponsesModel(
    client_args={"base_url": "https://bedrock-mantle.us-east-1.api.aws/v1", "api_key": api_key},
    model_id="openai.gpt-5.5",  # expect: no-unsupported-model-operation
)
mantle = OpenAI(base_url="https://bedrock-mantle.us-east-1.api.aws/v1", api_key=api_key)
mantle.responses.create(model="openai.gpt-5.5", input="Hello")  # expect: no-unsupported-model-operation
ChatOpenAI(model="openai.gpt-5.5", base_url="https://bedrock-mantle.us-east-1.api.aws/v1")  # expect: no-unsupported-model-operation

# case strands-agents/harness-sdk#3279: GPT-5.6 under the same base, through Chat Completions
OpenAIModel(client_args={"base_url": "https://bedrock-mantle.us-east-2.api.aws/v1"}, model_id="openai.gpt-5.6-sol")  # expect: no-unsupported-model-operation

# A model only bedrock-mantle serves, through bedrock-runtime: reported once, by the request rule
runtime = boto3.client("bedrock-runtime", region_name="us-east-1")
runtime.converse(modelId="google.gemma-4-31b", messages=[])  # expect: no-unsupported-model-operation
runtime_openai = OpenAI(base_url="https://bedrock-runtime.us-east-1.amazonaws.com/openai/v1", api_key=api_key)
runtime_openai.responses.create(model="openai.gpt-5.5", input="Hello")  # expect: no-unsupported-model-operation

# correct: each model under the path, and on the endpoint, that serves it
fixed = OpenAI(base_url="https://bedrock-mantle.us-east-1.api.aws/openai/v1", api_key=api_key)
fixed.responses.create(model="openai.gpt-5.5", input="Hello")
OpenAIModel(client_args={"base_url": "https://bedrock-mantle.us-east-2.api.aws/openai/v1"}, model_id="openai.gpt-5.6-terra")
oss = OpenAI(base_url="https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1", api_key=api_key)
oss.chat.completions.create(model="openai.gpt-oss-120b-1:0", messages=[])
# A base URL from the environment, and OpenAI's own API, say nothing about Bedrock's paths.
OpenAI(base_url=os.environ["OPENAI_BASE_URL"]).responses.create(model="openai.gpt-5.5", input="Hello")
OpenAI().chat.completions.create(model="gpt-4o", messages=[])
ChatOpenAI(model="openai.gpt-5.5", base_url="https://bedrock-mantle.us-east-1.api.aws/openai/v1")
# A table of base URLs by region that no client is built from says nothing.
MANTLE_BASES = {"us-east-1": "https://bedrock-mantle.us-east-1.api.aws/v1", "eu-west-1": "https://bedrock-mantle.eu-west-1.api.aws/v1"}
# A region-guarded base: each branch a path that serves the model.
guarded = OpenAI(
    base_url="https://bedrock-mantle.eu-west-1.api.aws/openai/v1" if REGION == "eu-west-1" else "https://bedrock-mantle.us-east-1.api.aws/openai/v1"
)
guarded.responses.create(model="openai.gpt-5.5", input="Hello")
# Other vendors' OpenAI-compatible APIs, under /openai/v1 or /v1, are not Bedrock.
OpenAI(base_url="https://api.groq.com/openai/v1").chat.completions.create(model="openai/gpt-oss-120b", messages=[])
OpenAI(base_url="https://api.openai.com/v1").responses.create(model="gpt-5.5", input="Hello")
