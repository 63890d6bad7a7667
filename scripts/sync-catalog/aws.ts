// The only module that talks to AWS.
import {
  BedrockClient,
  ListFoundationModelsCommand,
  paginateListInferenceProfiles,
  type FoundationModelSummary,
  type InferenceProfileSummary,
} from '@aws-sdk/client-bedrock';

/** What one region's control plane answered. */
export interface RegionAnswer {
  region: string;
  models: FoundationModelSummary[];
  profiles: InferenceProfileSummary[];
}

export interface FetchOptions {
  /** Send every region's calls here instead of the regional endpoint (tests, replays). The region is still signed into each request. */
  endpoint?: string;
  /** Milliseconds one HTTP call may take before it is abandoned (and retried). */
  callTimeoutMs: number;
  /** Attempts per call, including the first, under the SDK's standard retry strategy. */
  maxAttempts: number;
}

/** Calls ListFoundationModels and every page of ListInferenceProfiles (system-defined) in one region. */
export async function fetchRegion(region: string, options: FetchOptions): Promise<RegionAnswer> {
  const client = new BedrockClient({
    region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: options.maxAttempts,
    retryMode: 'standard',
    // Without throwOnRequestTimeout the handler only logs an overdue request and keeps waiting on it.
    requestHandler: { connectionTimeout: options.callTimeoutMs, requestTimeout: options.callTimeoutMs, throwOnRequestTimeout: true },
  });
  try {
    const listed = await client.send(new ListFoundationModelsCommand({}));
    const profiles: InferenceProfileSummary[] = [];
    for await (const page of paginateListInferenceProfiles({ client }, { typeEquals: 'SYSTEM_DEFINED' })) {
      profiles.push(...(page.inferenceProfileSummaries ?? []));
    }
    return { region, models: listed.modelSummaries ?? [], profiles };
  } finally {
    client.destroy();
  }
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
