// bedrock-mantle through the AI SDK: mantle's model names differ from bedrock-runtime's.
import { bedrock } from '@ai-sdk/amazon-bedrock';
import { bedrockMantle, createBedrockMantle } from '@ai-sdk/amazon-bedrock/mantle';
import { generateText } from 'ai';

const mantle = createBedrockMantle({ region: 'us-east-1' });

// Gaps: mantle calls are judged against mantle's names, and the pinned test catalog lists only Gemma there (the
// bundled catalog knows both gpt-oss names, and the plugin is silent on them with it).

export const small = (prompt: string) => generateText({ model: bedrockMantle('openai.gpt-oss-20b'), prompt }); // expect: none gap plugin: no-unknown-model-id
export const large = (prompt: string) => generateText({ model: mantle('openai.gpt-oss-120b'), prompt }); // expect: none gap plugin: no-unknown-model-id
export const gemma = (prompt: string) => generateText({ model: bedrockMantle('google.gemma-4-31b'), prompt }); // expect: none

// A model only bedrock-mantle serves, asked of bedrock-runtime: that call fails.
export const wrongEndpoint = (prompt: string) => generateText({ model: bedrock('google.gemma-4-31b'), prompt }); // expect: no-region-unavailable-model-id
