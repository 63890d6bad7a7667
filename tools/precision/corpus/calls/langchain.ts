// LangChain's Bedrock chat and embedding models.
import { BedrockEmbeddings, ChatBedrockConverse } from '@langchain/aws';

export const chat = new ChatBedrockConverse({ model: 'anthropic.claude-sonnet-4-5-20250929-v1:0', region: 'us-east-1', temperature: 0 }); // expect: require-inference-profile
export const euChat = new ChatBedrockConverse({ model: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0', region: 'eu-west-1' }); // expect: none
export const wrong = new ChatBedrockConverse({ model: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0', region: 'us-west-2' }); // expect: no-region-unavailable-model-id
export const embeddings = new BedrockEmbeddings({ model: 'amazon.titan-embed-text-v1', region: 'eu-west-1' }); // expect: no-region-unavailable-model-id
export const typo = new BedrockEmbeddings({ model: 'amazon.titan-embed-text-v3:0' }); // expect: no-unknown-model-id
