# A model registry with metadata, as chat front ends keep one: every entry describes a model.
from dataclasses import dataclass


@dataclass(frozen=True)
class ModelInfo:
    id: str
    name: str
    vision: bool


MODELS = [
    ModelInfo(id="eu.anthropic.claude-sonnet-4-5-20250929-v1:0", name="Claude Sonnet 4.5 (EU)", vision=True),  # expect: none
    ModelInfo(id="apac.anthropic.claude-sonnet-4-20250514-v1:0", name="Claude Sonnet 4 (APAC)", vision=True),  # expect: none
    ModelInfo(id="anthropic.claude-opus-4-1-20250805-v1:0", name="Claude Opus 4.1", vision=True),  # expect: none
    ModelInfo(id="eu.meta.llama3-2-1b-instruct-v1:0", name="Llama 3.2 1B (EU)", vision=False),  # expect: no-deprecated-model-id
    ModelInfo(id="amazon.nova-pro-v1:0", name="Nova Pro", vision=True),  # expect: none
]

DEFAULT_MODEL = MODELS[0].id
