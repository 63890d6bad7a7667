# Predicates and matchers: their arguments name models to recognise, not models to call.
from .capabilities import is_mistral_model, supports_prompt_caching, supports_tools

mistral = is_mistral_model("mistral.mistral-large-2402-v1:0")  # expect: none
tools = supports_tools("eu.anthropic.claude-sonnet-4-5-20250929-v1:0")  # expect: none
caching = supports_prompt_caching("anthropic.claude-sonnet-4-6")  # expect: none


def family(model_id: str) -> str:
    if model_id.startswith("anthropic.claude-3-5"):  # expect: none
        return "sonnet-3.5"
    if "amazon.nova-" in model_id:  # expect: none
        return "nova"
    return "other"


def is_eu_profile(model_id: str) -> bool:
    return model_id == "eu.anthropic.claude-sonnet-4-6"  # expect: none
