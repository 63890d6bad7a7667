# Profiles built at run time: a geo prefix computed from the region in front of a base model ID.
import boto3

BASE_MODEL = "anthropic.claude-sonnet-4-6"  # expect: none
EMBED_BASE = "cohere.embed-v4:0"  # expect: none


def geo_of(region):
    if region.startswith("eu-"):
        return "eu"
    if region == "ap-southeast-2":
        return "au"
    if region == "ap-northeast-1":
        return "jp"
    return "us"


def profile_id(base, region):
    return f"{geo_of(region)}.{base}"


def chat(region, text):
    client = boto3.client("bedrock-runtime", region_name=region)
    model_id = f"{geo_of(region)}.anthropic.claude-haiku-4-5-20251001-v1:0"  # expect: none
    client.converse(modelId=profile_id(BASE_MODEL, region), messages=[{"role": "user", "content": [{"text": text}]}])
    return client.converse(modelId=model_id, messages=[{"role": "user", "content": [{"text": text}]}])


def embed_profile(region):
    return geo_of(region) + "." + EMBED_BASE


def to_profiles(region):
    return [profile_id(base, region) for base in ["anthropic.claude-sonnet-4-5-20250929-v1:0", "amazon.nova-pro-v1:0"]]  # expect: none


# A retired base model behind a computed prefix is still retired.
def legacy(region):
    return profile_id("anthropic.claude-v2", region)  # expect: no-deprecated-model-id
