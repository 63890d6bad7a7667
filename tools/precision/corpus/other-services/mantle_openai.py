# The OpenAI client pointed at bedrock-mantle's OpenAI-compatible endpoint.
import os

from openai import OpenAI

client = OpenAI(base_url="https://bedrock-mantle.eu-west-1.api.aws/v1", api_key=os.environ["BEDROCK_API_KEY"])  # expect: none


def complete(prompt):
    chat = client.chat.completions.create(model="openai.gpt-oss-120b", messages=[{"role": "user", "content": prompt}])  # expect: none
    response = client.responses.create(model="openai.gpt-oss-20b", input=prompt)  # expect: none
    return chat, response
