// A model registry with metadata, as chat front ends keep one: every entry describes a model.
export interface ModelInfo {
  id: string;
  name: string;
  provider: 'anthropic' | 'amazon' | 'meta';
  vision: boolean;
}

export const MODELS: readonly ModelInfo[] = [
  { id: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0', name: 'Claude Sonnet 4.5 (EU)', provider: 'anthropic', vision: true }, // expect: none
  { id: 'apac.anthropic.claude-sonnet-4-20250514-v1:0', name: 'Claude Sonnet 4 (APAC)', provider: 'anthropic', vision: true }, // expect: none
  { id: 'anthropic.claude-opus-4-1-20250805-v1:0', name: 'Claude Opus 4.1', provider: 'anthropic', vision: true }, // expect: none
  { id: 'eu.meta.llama3-2-1b-instruct-v1:0', name: 'Llama 3.2 1B (EU)', provider: 'meta', vision: false }, // expect: no-deprecated-model-id
  { id: 'amazon.nova-pro-v1:0', name: 'Nova Pro', provider: 'amazon', vision: true }, // expect: none
];

export const DEFAULT_MODEL = MODELS[0]!.id;
