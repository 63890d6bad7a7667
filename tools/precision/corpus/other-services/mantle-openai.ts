// The OpenAI client pointed at bedrock-mantle's OpenAI-compatible endpoint.
import OpenAI from 'openai';

const openai = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/v1', apiKey: process.env.BEDROCK_API_KEY }); // expect: none

export async function complete(prompt: string) {
  const chat = await openai.chat.completions.create({ model: 'openai.gpt-oss-120b', messages: [{ role: 'user', content: prompt }] }); // expect: none
  const response = await openai.responses.create({ model: 'openai.gpt-oss-20b', input: prompt }); // expect: none
  return [chat, response];
}
