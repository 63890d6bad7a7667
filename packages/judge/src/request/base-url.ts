import type { RequestEndpoint } from './types.js';

/**
 * Where AWS documents the base URLs of the OpenAI-compatible APIs: bedrock-runtime's
 * `https://bedrock-runtime.{region}.amazonaws.com/openai/v1`, bedrock-mantle's `https://bedrock-mantle.{region}.api.aws/v1`,
 * and that on bedrock-mantle some models are served under `/openai/v1` instead, a request under the wrong prefix
 * being rejected ("model `<model-id>` isn't supported on this route").
 */
export const BASE_URL_SOURCE = 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-responses-api.html';

/** A base URL that names a Bedrock endpoint. */
export interface BedrockBaseUrl {
  endpoint: RequestEndpoint;
  region: string;
  /** The path without its trailing slash (`/v1`, `/openai/v1`; `''` for none). */
  path: string;
  /** Everything before the path (`https://bedrock-mantle.us-east-1.api.aws`). */
  origin: string;
  /** Whether the URL as written ends in `/`. */
  trailingSlash: boolean;
}

const ENDPOINT_URL = /^(https?:\/\/(bedrock-mantle|bedrock-runtime(?:-fips)?)\.([a-z]{2}(?:-[a-z]+)+-\d)\.(?:api\.aws|amazonaws\.com))(\/[^?#\s]*)?$/;

/** The endpoint, region and path a base URL names; null for anything that is not a Bedrock endpoint's URL. */
export function parseBaseUrl(value: string): BedrockBaseUrl | null {
  const match = ENDPOINT_URL.exec(value.trim());
  if (!match) return null;
  const [, origin, host, region, rawPath = ''] = match;
  const mantle = host === 'bedrock-mantle';
  // bedrock-mantle lives under api.aws, bedrock-runtime under amazonaws.com; a crossed pair is no endpoint at all.
  if (mantle !== origin!.endsWith('.api.aws')) return null;
  return {
    endpoint: mantle ? 'bedrock-mantle' : 'bedrock-runtime',
    region: region!,
    path: rawPath.replace(/\/+$/, ''),
    origin: origin!,
    trailingSlash: rawPath.endsWith('/'),
  };
}

/** The base URL of bedrock-mantle's OpenAI-compatible APIs in a region, under a path, written like `like` where given. */
export function mantleBaseUrl(region: string, path: string, like?: BedrockBaseUrl): string {
  const origin = like?.endpoint === 'bedrock-mantle' ? like.origin : `https://bedrock-mantle.${region}.api.aws`;
  return `${origin}${path}${like?.trailingSlash ? '/' : ''}`;
}
