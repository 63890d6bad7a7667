# IDs compared, switched on and mapped: code that recognises models, calling none.
def describe_model(model_id):
    match model_id:
        case "eu.anthropic.claude-sonnet-4-6":  # expect: none
            return "Sonnet 4.6, EU"
        case "jp.anthropic.claude-sonnet-4-6":  # expect: none
            return "Sonnet 4.6, Japan"
        case _:
            return "Sonnet 4.6, Australia" if model_id == "au.anthropic.claude-sonnet-4-6" else "other"  # expect: none


TO_PROFILE = {
    "anthropic.claude-sonnet-4-6": "us.anthropic.claude-sonnet-4-6",  # expect: none
    "amazon.nova-pro-v1:0": "us.amazon.nova-pro-v1:0",  # expect: none
}

FAMILIES_BY_REGION = {
    "eu-west-1": ["eu.anthropic.claude-sonnet-4-6", "eu.amazon.nova-pro-v1:0"],  # expect: none
    "ap-southeast-2": ["au.anthropic.claude-sonnet-4-6", "apac.amazon.nova-pro-v1:0"],  # expect: none
    "us-west-2": ["us.anthropic.claude-sonnet-4-6", "au.anthropic.claude-sonnet-4-6"],  # expect: no-region-unavailable-model-id
}
