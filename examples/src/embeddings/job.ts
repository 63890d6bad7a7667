// Nightly job: embeds new documents in batches.
import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { MODELS } from '../config/models.js';

const client = new BedrockRuntimeClient({ region: process.env.AWS_REGION ?? 'us-east-1' });

export async function embed(text: string): Promise<number[]> {
  const input = { modelId: 'eu.amazon.nova-lite-v1:0', body: JSON.stringify({ inputText: text }) };
  const response = await client.send(new InvokeModelCommand(input));
  return (JSON.parse(new TextDecoder().decode(response.body)) as { embedding: number[] }).embedding;
}

export async function embedTitan(text: string): Promise<number[]> {
  const response = await client.send(new InvokeModelCommand({ modelId: MODELS.embeddings, body: JSON.stringify({ inputText: text }) }));
  return (JSON.parse(new TextDecoder().decode(response.body)) as { embedding: number[] }).embedding;
}
