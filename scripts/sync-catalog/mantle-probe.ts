// The opt-in probe of bedrock-mantle, the OpenAI-compatible endpoint: `GET /v1/models` in one region, with a
// Bedrock API key (bearer token) or SigV4 from the SDK's own signer and default credential chain. The only other
// module besides aws.ts that talks to AWS.
import { BedrockClient } from '@aws-sdk/client-bedrock';
import type { MantleListing } from './mantle.ts';

/** Where the probe sends a region's request unless told otherwise. */
export const MANTLE_ENDPOINT = 'https://bedrock-mantle.{region}.api.aws';

export interface MantleProbeOptions {
  /** Base URL; `{region}` is replaced by the region (tests point it at the local test server). Default {@link MANTLE_ENDPOINT}. */
  endpoint: string;
  /** A Bedrock API key, sent as `Authorization: Bearer`; null: SigV4 with the default credential chain. */
  bearerToken: string | null;
  callTimeoutMs: number;
  maxAttempts: number;
}

/** A failed probe call: the HTTP status and what the endpoint said, or why no answer came. */
export class MantleProbeError extends Error {
  override name = 'MantleProbeError';
}

interface SigningRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}
interface Signer {
  sign(request: SigningRequest, options: { signingRegion: string; signingService: string }): Promise<{ headers: Record<string, string> }>;
}

/** SigV4 headers for `url`, signed for `region` and service `bedrock` by the signer the SDK's Bedrock client uses. */
async function signedHeaders(url: URL, region: string): Promise<Record<string, string>> {
  const client = new BedrockClient({ region });
  try {
    const configured = client.config.signer as unknown as Signer | ((scheme?: unknown) => Promise<Signer>);
    const signer = typeof configured === 'function' ? await configured() : configured;
    const request: SigningRequest = {
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query: {},
      headers: { host: url.host, accept: 'application/json' },
    };
    const signed = await signer.sign(request, { signingRegion: region, signingService: 'bedrock' });
    const { host: _host, ...headers } = signed.headers;
    return headers;
  } finally {
    client.destroy();
  }
}

function listingUrl(endpoint: string, region: string): URL {
  const base = endpoint.replaceAll('{region}', region).replace(/\/+$/, '');
  return new URL(`${base}/v1/models`);
}

function parseListing(text: string, url: URL): MantleListing['answer'] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new MantleProbeError(`${url.href} answered with invalid JSON (${(error as Error).message})`);
  }
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data) || !data.every((entry) => typeof (entry as { id?: unknown } | null)?.id === 'string' && (entry as { id: string }).id !== '')) {
    throw new MantleProbeError(`${url.href} answered without a {"data":[{"id":…}]} list`);
  }
  return {
    data: data.map((entry: { id: string; created?: unknown }) => ({ id: entry.id, ...(typeof entry.created === 'number' ? { created: entry.created } : {}) })),
  };
}

const retryable = (status: number): boolean => status === 429 || status >= 500;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `GET /v1/models` in `region`, retrying throttling, 5xx answers and timeouts with a short backoff. */
export async function fetchMantleListing(region: string, options: MantleProbeOptions): Promise<MantleListing> {
  const url = listingUrl(options.endpoint, region);
  let lastError: Error = new MantleProbeError('no attempt made');
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    if (attempt > 1) await pause(Math.min(2000, 100 * 2 ** (attempt - 2)));
    const headers = options.bearerToken ? { authorization: `Bearer ${options.bearerToken}`, accept: 'application/json' } : await signedHeaders(url, region);
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(options.callTimeoutMs) });
    } catch (error) {
      lastError = new MantleProbeError(
        `${url.href}: ${(error as Error).name === 'TimeoutError' ? `no answer in ${options.callTimeoutMs} ms` : (error as Error).message}`,
      );
      continue;
    }
    const text = await response.text();
    if (response.ok) return { region, answer: parseListing(text, url) };
    const type = response.headers.get('x-amzn-errortype')?.split(':')[0];
    lastError = new MantleProbeError(`${url.href}: HTTP ${response.status}${type ? ` ${type}` : ''}: ${text.slice(0, 200)}`);
    if (!retryable(response.status)) break;
  }
  throw lastError;
}
