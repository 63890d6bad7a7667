// Lambda handler: a chat turn through the Converse API, with a streaming variant.
import { BedrockRuntimeClient, ConverseCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });

export async function reply(prompt: string, modelId = 'anthropic.claude-3-5-haiku-20241022-v1:0'): Promise<string> {
  const response = await client.send(
    new ConverseCommand({
      modelId,
      messages: [{ role: 'user', content: [{ text: prompt }] }],
      inferenceConfig: { maxTokens: 512 },
    }),
  );
  return response.output?.message?.content?.[0]?.text ?? '';
}

export async function classify(text: string): Promise<string> {
  const body = JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 16, messages: [{ role: 'user', content: text }] });
  const response = await client.send(new InvokeModelCommand({ modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', body }));
  return new TextDecoder().decode(response.body);
}
