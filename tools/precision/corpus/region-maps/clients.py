# A `region` beside a `modelId` names where that model is called.
CLIENTS = {
    "summarizer": {"modelId": "eu.anthropic.claude-haiku-4-5-20251001-v1:0", "region": "eu-west-1"},  # expect: none
    "translator": {"region": "ap-northeast-1", "modelId": "jp.anthropic.claude-haiku-4-5-20251001-v1:0"},  # expect: none
    "classifier": {"modelId": "eu.anthropic.claude-haiku-4-5-20251001-v1:0", "region": "us-west-2"},  # expect: no-region-unavailable-model-id
    "tagger": {"modelId": "us.anthropic.claude-haiku-4-5-20251001-v1:0"},  # expect: none
}
