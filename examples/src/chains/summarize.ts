// A LangChain chain that summarises support tickets.
import { ChatBedrockConverse } from '@langchain/aws';
import { ChatPromptTemplate } from '@langchain/core/prompts';

const model = new ChatBedrockConverse({ model: 'meta.llama3-3-70b-instruct-v1:0', region: 'us-east-1', temperature: 0 });

const prompt = ChatPromptTemplate.fromMessages([
  ['system', 'Summarise the ticket in two sentences.'],
  ['human', '{ticket}'],
]);

export const summarize = prompt.pipe(model);
