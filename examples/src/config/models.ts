// Model IDs used across the service, in one place.
export const MODELS = {
  chat: 'anthropic.claude-3-haiku-2024307-v1:0',
  embeddings: 'amazon.titan-embed-text-v2:0',
  image: 'amazon.nova-canvas-v1:0',
} as const;

export const DEFAULT_REGION = process.env.AWS_REGION ?? 'us-east-1';
