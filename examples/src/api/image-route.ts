// Next.js route: generates an image and a caption with the Vercel AI SDK.
import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { experimental_generateImage as generateImage, generateText } from 'ai';

const bedrock = createAmazonBedrock({ region: 'us-east-1' });

export async function POST(request: Request): Promise<Response> {
  const { prompt } = (await request.json()) as { prompt: string };
  const { image } = await generateImage({ model: bedrock.image('stability.sd3-5-large-v1:0'), prompt });
  const { text } = await generateText({ model: bedrock('us.amazon.nova-lite-v1:0'), prompt: `Caption: ${prompt}` });
  return Response.json({ image: image.base64, caption: text });
}
