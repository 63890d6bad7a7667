// The local Bedrock test server as the real @aws-sdk/client-bedrock sees it: regions from the SigV4 scope, the
// ListFoundationModels filters, ListInferenceProfiles paging, every injected fault, latency and snapshot switching.
// Everything stays on 127.0.0.1: the clients get static fake credentials and the server's URL as their endpoint.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BedrockClient,
  ListFoundationModelsCommand,
  ListInferenceProfilesCommand,
  paginateListInferenceProfiles,
  type BedrockClientConfig,
  type ListFoundationModelsCommandInput,
} from '@aws-sdk/client-bedrock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureDir } from '../fixtures/paths.ts';
import type { ListFoundationModelsBody, ListInferenceProfilesBody, MantleModelsBody, WireFoundationModelSummary } from '../fixtures/wire.ts';
import { fetchMantleListing } from '../sync-catalog/mantle-probe.ts';
import { DEFAULT_PAGE_SIZE, NOTE_HEADER, startBedrockTestServer, type BedrockTestServer, type FaultKind } from './server.ts';

// The SDK's notice that it will drop Node 20 is for users, not for this test's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const DATE = '2026-08-22';
const scratch = mkdtempSync(join(tmpdir(), 'bedrock-test-server-'));
let server: BedrockTestServer;
const clients: BedrockClient[] = [];

beforeAll(async () => {
  server = await startBedrockTestServer({ fixturesDir: fixtureDir(DATE) });
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  server.setFaults([]);
  server.setFixturesDir(fixtureDir(DATE));
  server.clearRequests();
});

/** A client for `region` pointed at the test server; one attempt unless the test wants the SDK's retries. */
function client(region: string, config: Partial<BedrockClientConfig> = {}, target: BedrockTestServer = server): BedrockClient {
  const created = new BedrockClient({
    region,
    endpoint: target.url,
    credentials: { accessKeyId: 'AKIDTESTSERVER', secretAccessKey: 'test-secret' },
    maxAttempts: 1,
    ...config,
  });
  clients.push(created);
  return created;
}

const models = (region: string, date = DATE): WireFoundationModelSummary[] =>
  (JSON.parse(readFileSync(join(fixtureDir(date), region, 'foundation-models.json'), 'utf8')) as ListFoundationModelsBody).modelSummaries;
const profileIds = (region: string, date = DATE): string[] =>
  (JSON.parse(readFileSync(join(fixtureDir(date), region, 'inference-profiles.json'), 'utf8')) as ListInferenceProfilesBody).inferenceProfileSummaries.map(
    (profile) => profile.inferenceProfileId,
  );

async function listModelIds(region: string, input: ListFoundationModelsCommandInput = {}): Promise<string[]> {
  const answer = await client(region).send(new ListFoundationModelsCommand(input));
  return (answer.modelSummaries ?? []).map((model) => model.modelId!);
}

interface SdkError extends Error {
  $fault?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

/** The error a call rejects with (fails the test if it resolves). */
async function failure(call: Promise<unknown>): Promise<SdkError> {
  try {
    await call;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the call to fail');
}

/** A hand-made request: the server reads the credential scope but does not verify the signature. */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers });
}
const signedHeaders = (region: string): Record<string, string> => ({
  authorization: `AWS4-HMAC-SHA256 Credential=AKIDTESTSERVER/20260822/${region}/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000`,
  'x-amz-date': '20260822T000000Z',
});

/** Changes the request after the SDK has signed it (the deserialize step runs last, just before the HTTP call). */
function afterSigning(target: BedrockClient, change: (request: { path: string; headers: Record<string, string> }) => void): BedrockClient {
  target.middlewareStack.add(
    (next) => (args) => {
      change(args.request as { path: string; headers: Record<string, string> });
      return next(args);
    },
    { step: 'deserialize', name: 'testChangeSignedRequest' },
  );
  return target;
}

describe('the region, taken from the SigV4 credential scope', () => {
  it("answers two clients in two regions from each region's own fixtures", async () => {
    const [east, osaka] = await Promise.all([listModelIds('us-east-1'), listModelIds('ap-northeast-3')]);
    expect(east).toEqual(models('us-east-1').map((model) => model.modelId));
    expect(osaka).toEqual(models('ap-northeast-3').map((model) => model.modelId));
    expect(east).not.toEqual(osaka);
    expect(server.requests.map((request) => request.region).sort()).toEqual(['ap-northeast-3', 'us-east-1']);
    expect(server.requests.every((request) => request.status === 200 && request.operation === 'ListFoundationModels')).toBe(true);
  });

  it('sends the rest-json body with RFC 3339 timestamps, which the SDK turns into Dates', async () => {
    const response = await rawGet('/inference-profiles?maxResults=1', signedHeaders('us-east-1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as ListInferenceProfilesBody;
    expect(body.inferenceProfileSummaries).toHaveLength(1);
    const [wire] = body.inferenceProfileSummaries;
    expect(wire!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

    const answer = await client('us-east-1').send(new ListInferenceProfilesCommand({ maxResults: 1 }));
    const [parsed] = answer.inferenceProfileSummaries!;
    expect(parsed!.createdAt).toBeInstanceOf(Date);
    expect(parsed!.createdAt!.getTime()).toBe(Date.parse(wire!.createdAt!));
    const legacy = (await client('us-east-1').send(new ListFoundationModelsCommand({}))).modelSummaries!.find((model) => model.modelLifecycle?.endOfLifeTime);
    expect(legacy!.modelLifecycle!.endOfLifeTime).toBeInstanceOf(Date);
  });

  it('answers a request with no Authorization header with 403 MissingAuthenticationTokenException', async () => {
    const response = await rawGet('/foundation-models');
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^MissingAuthenticationTokenException:/);
    expect(await response.json()).toEqual({ message: 'Missing Authentication Token' });
  });

  it('answers a garbled Authorization header with an error naming what is missing', async () => {
    const garbled = afterSigning(client('us-east-1'), (request) => {
      request.headers.authorization = 'AWS4-HMAC-SHA256 garbage';
    });
    const error = await failure(garbled.send(new ListFoundationModelsCommand({})));
    expect(error.name).toBe('IncompleteSignatureException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(error.message).toContain(`Authorization header requires 'Credential' parameter.`);
    expect(error.message).toContain(`Authorization header requires 'Signature' parameter.`);

    const wrongService = afterSigning(client('us-east-1'), (request) => {
      request.headers.authorization = request.headers.authorization!.replace('/bedrock/aws4_request', '/s3/aws4_request');
    });
    const scoped = await failure(wrongService.send(new ListFoundationModelsCommand({})));
    expect(scoped.name).toBe('InvalidSignatureException');
    expect(scoped.$metadata?.httpStatusCode).toBe(403);
    expect(scoped.message).toMatch(/scoped to correct service: 'bedrock'/);
  });

  it('says why it cannot serve a bearer-token (API key) request', async () => {
    const response = await rawGet('/foundation-models', { authorization: 'Bearer ABSKexample' });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^IncompleteSignatureException:/);
    expect(response.headers.get(NOTE_HEADER)).toMatch(/reads the region from the SigV4 credential scope/);
  });

  it('refuses a region it has no fixtures for as AWS refuses a region the account cannot use', async () => {
    const error = await failure(client('eu-south-2').send(new ListFoundationModelsCommand({})));
    expect(error.name).toBe('UnrecognizedClientException');
    expect(error.$metadata?.httpStatusCode).toBe(403);
    expect(error.message).toBe('The security token included in the request is invalid.');
    expect(server.requests.at(-1)).toMatchObject({ region: 'eu-south-2', status: 403, errorType: 'UnrecognizedClientException' });
    expect(server.requests.at(-1)!.note).toContain(`no fixtures for region eu-south-2 in ${fixtureDir(DATE)}`);
  });
});

describe('ListFoundationModels filters', () => {
  const has = (list: string[] | undefined, value: string): boolean => (list ?? []).includes(value);
  it.each<{ input: ListFoundationModelsCommandInput; keep: (model: WireFoundationModelSummary) => boolean }>([
    { input: { byProvider: 'Anthropic' }, keep: (model) => model.providerName === 'Anthropic' },
    { input: { byProvider: 'mistral ai' }, keep: (model) => model.providerName === 'Mistral AI' },
    { input: { byCustomizationType: 'FINE_TUNING' }, keep: (model) => has(model.customizationsSupported, 'FINE_TUNING') },
    { input: { byOutputModality: 'IMAGE' }, keep: (model) => has(model.outputModalities, 'IMAGE') },
    { input: { byOutputModality: 'EMBEDDING' }, keep: (model) => has(model.outputModalities, 'EMBEDDING') },
    // Models whose fixture omits inferenceTypesSupported (not the region that recorded them) never match.
    { input: { byInferenceType: 'ON_DEMAND' }, keep: (model) => has(model.inferenceTypesSupported, 'ON_DEMAND') },
    {
      input: { byProvider: 'Amazon', byOutputModality: 'IMAGE' },
      keep: (model) => model.providerName === 'Amazon' && has(model.outputModalities, 'IMAGE'),
    },
  ])('$input keeps exactly the matching us-east-1 models', async ({ input, keep }) => {
    const all = models('us-east-1');
    const expected = all.filter(keep).map((model) => model.modelId);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(await listModelIds('us-east-1', input)).toEqual(expected);
    expect(server.requests.at(-1)!.query).toEqual(Object.fromEntries(Object.entries(input).map(([key, value]) => [key, String(value)])));
  });

  it("rejects a filter value outside the API's constraints with a ValidationException", async () => {
    const modality = await failure(client('us-east-1').send(new ListFoundationModelsCommand({ byOutputModality: 'SMELL' as 'TEXT' })));
    expect(modality.name).toBe('ValidationException');
    expect(modality.$metadata?.httpStatusCode).toBe(400);
    expect(modality.message).toMatch(
      /^1 validation error detected: Value 'SMELL' at 'byOutputModality' failed to satisfy constraint: Member must satisfy enum value set: \[TEXT, IMAGE, EMBEDDING/,
    );
    const provider = await failure(client('us-east-1').send(new ListFoundationModelsCommand({ byProvider: 'acme!' })));
    expect(provider.name).toBe('ValidationException');
    expect(provider.message).toContain('Member must satisfy regular expression pattern: [A-Za-z0-9- ]{1,63}');
  });
});

describe('ListInferenceProfiles paging', () => {
  async function allPages(region: string, pageSize?: number): Promise<string[]> {
    const ids: string[] = [];
    const pages = paginateListInferenceProfiles({ client: client(region), ...(pageSize ? { pageSize } : {}) }, { typeEquals: 'SYSTEM_DEFINED' });
    for await (const page of pages) ids.push(...page.inferenceProfileSummaries!.map((profile) => profile.inferenceProfileId!));
    return ids;
  }

  it('follows nextToken through every page, with no duplicates and nothing missed', async () => {
    const expected = profileIds('us-east-1');
    const ids = await allPages('us-east-1', 7);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    const pages = server.requests.filter((request) => request.operation === 'ListInferenceProfiles');
    expect(pages).toHaveLength(Math.ceil(expected.length / 7));
    expect(pages.every((request) => request.query.maxResults === '7' && request.query.type === 'SYSTEM_DEFINED')).toBe(true);
    expect(pages[0]!.query.nextToken).toBeUndefined();
    expect(pages.slice(1).every((request) => typeof request.query.nextToken === 'string')).toBe(true);
  });

  it(`pages ${DEFAULT_PAGE_SIZE} at a time when the request has no maxResults`, async () => {
    const expected = profileIds('us-west-2');
    expect(await allPages('us-west-2')).toEqual(expected);
    expect(server.requests).toHaveLength(Math.ceil(expected.length / DEFAULT_PAGE_SIZE));
    const first = await client('us-west-2').send(new ListInferenceProfilesCommand({}));
    expect(first.inferenceProfileSummaries).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(first.nextToken).toEqual(expect.any(String));
  });

  it('filters by type (the fixtures hold only system-defined profiles)', async () => {
    const application = await client('us-east-1').send(new ListInferenceProfilesCommand({ typeEquals: 'APPLICATION' }));
    expect(application.inferenceProfileSummaries).toEqual([]);
    expect(application.nextToken).toBeUndefined();
  });

  it.each([
    { what: 'a made-up token', input: { nextToken: 'not-a-token' }, message: /nextToken is not valid/ },
    {
      what: 'maxResults 0',
      input: { maxResults: 0 },
      message: /Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1/,
    },
    {
      what: 'maxResults 1001',
      input: { maxResults: 1001 },
      message: /Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000/,
    },
  ])('answers $what with a 400 ValidationException', async ({ input, message }) => {
    const error = await failure(client('us-east-1').send(new ListInferenceProfilesCommand(input)));
    expect(error.name).toBe('ValidationException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(error.message).toMatch(message);
  });

  it('rejects a real token used in another region or with another type filter', async () => {
    const { nextToken } = await client('us-east-1').send(new ListInferenceProfilesCommand({ maxResults: 2, typeEquals: 'SYSTEM_DEFINED' }));
    expect(nextToken).toEqual(expect.any(String));
    const elsewhere = await failure(client('eu-west-1').send(new ListInferenceProfilesCommand({ nextToken, typeEquals: 'SYSTEM_DEFINED' })));
    expect(elsewhere.name).toBe('ValidationException');
    const otherFilter = await failure(client('us-east-1').send(new ListInferenceProfilesCommand({ nextToken })));
    expect(otherFilter.name).toBe('ValidationException');
    const resumed = await client('us-east-1').send(new ListInferenceProfilesCommand({ nextToken, typeEquals: 'SYSTEM_DEFINED', maxResults: 2 }));
    expect(resumed.inferenceProfileSummaries!.map((profile) => profile.inferenceProfileId)).toEqual(profileIds('us-east-1').slice(2, 4));
  });
});

describe('faults', () => {
  it.each<{ fault: FaultKind; name: string; status: number; side: string }>([
    { fault: 'throttle', name: 'ThrottlingException', status: 429, side: 'client' },
    { fault: 'server-error', name: 'InternalServerException', status: 500, side: 'server' },
    { fault: 'unavailable', name: 'ServiceUnavailableException', status: 503, side: 'server' },
    { fault: 'refuse', name: 'UnrecognizedClientException', status: 403, side: 'client' },
    { fault: 'deny', name: 'AccessDeniedException', status: 403, side: 'client' },
  ])('$fault: the SDK throws $name with HTTP $status', async ({ fault, name, status, side }) => {
    server.setFaults([{ fault }]);
    const error = await failure(client('us-east-1').send(new ListFoundationModelsCommand({})));
    expect(error.name).toBe(name);
    expect(error.$fault).toBe(side);
    expect(error.$metadata?.httpStatusCode).toBe(status);
    expect(server.requests.at(-1)).toMatchObject({ fault, status, errorType: name });
  });

  it("hang: the request is never answered, so the client's timeout fires", async () => {
    server.setFaults([{ fault: 'hang', operation: 'ListFoundationModels' }]);
    const patient = client('us-east-1', { requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true } });
    const started = Date.now();
    const error = await failure(patient.send(new ListFoundationModelsCommand({})));
    expect(error.name).toBe('TimeoutError');
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(server.requests.at(-1)!.fault).toBe('hang');
    expect(server.requests.at(-1)!.status).toBeUndefined();
    // Other operations still answer.
    expect((await patient.send(new ListInferenceProfilesCommand({}))).inferenceProfileSummaries!.length).toBeGreaterThan(0);
  });

  it('bad-json: a 200 whose body is cut short, which the SDK cannot parse', async () => {
    server.setFaults([{ fault: 'bad-json' }]);
    const error = await failure(client('us-east-1').send(new ListFoundationModelsCommand({})));
    expect(error.name).toBe('SyntaxError');
    expect(error.$metadata?.httpStatusCode).toBe(200);
    expect(server.requests.at(-1)).toMatchObject({ fault: 'bad-json', status: 200 });
  });

  it('applies a rule only to its region and operation', async () => {
    server.setFaults([{ fault: 'throttle', region: 'us-east-1', operation: 'ListInferenceProfiles' }]);
    await expect(listModelIds('us-east-1')).resolves.toHaveLength(models('us-east-1').length);
    await expect(client('eu-west-1').send(new ListInferenceProfilesCommand({}))).resolves.toBeDefined();
    expect((await failure(client('us-east-1').send(new ListInferenceProfilesCommand({})))).name).toBe('ThrottlingException');
    expect(server.requests.map((request) => request.fault)).toEqual([undefined, undefined, 'throttle']);
  });

  it('times: a retrying client succeeds after N throttles, and requests shows every attempt', async () => {
    server.setFaults([{ fault: 'throttle', region: 'us-east-1', operation: 'ListFoundationModels', times: 2 }]);
    const retrying = client('us-east-1', { maxAttempts: 4, retryMode: 'standard' });
    const answer = await retrying.send(new ListFoundationModelsCommand({}));
    expect(answer.modelSummaries).toHaveLength(models('us-east-1').length);
    expect(answer.$metadata.attempts).toBe(3);
    expect(server.requests.map((request) => request.status)).toEqual([429, 429, 200]);
    // The rule is spent: the next call goes straight through.
    await expect(listModelIds('us-east-1')).resolves.toHaveLength(models('us-east-1').length);
    expect(server.requests.at(-1)!.fault).toBeUndefined();
  }, 20_000);

  it('skip: lets the first page through and fails the second', async () => {
    server.setFaults([{ fault: 'server-error', operation: 'ListInferenceProfiles', skip: 1, times: 1 }]);
    const once = paginateListInferenceProfiles({ client: client('us-east-1'), pageSize: 10 }, {});
    const seen: string[] = [];
    const error = await failure(
      (async () => {
        for await (const page of once) seen.push(...page.inferenceProfileSummaries!.map((profile) => profile.inferenceProfileId!));
      })(),
    );
    expect(error.name).toBe('InternalServerException');
    expect(seen).toEqual(profileIds('us-east-1').slice(0, 10));
    expect(server.requests.map((request) => request.status)).toEqual([200, 500]);

    // setFaults starts every rule's count afresh; a retrying paginator rides the 500 out.
    server.setFaults([{ fault: 'server-error', operation: 'ListInferenceProfiles', skip: 1, times: 1 }]);
    server.clearRequests();
    const ids: string[] = [];
    for await (const page of paginateListInferenceProfiles({ client: client('us-east-1', { maxAttempts: 3 }), pageSize: 10 }, {})) {
      ids.push(...page.inferenceProfileSummaries!.map((profile) => profile.inferenceProfileId!));
    }
    expect(ids).toEqual(profileIds('us-east-1'));
    expect(server.requests.map((request) => request.status).slice(0, 3)).toEqual([200, 500, 200]);
  }, 20_000);

  it('rejects a malformed rule when it is set', () => {
    expect(() => server.setFaults([{ fault: 'explode' as FaultKind }])).toThrow(/unknown fault kind: explode/);
    expect(() => server.setFaults([{ fault: 'throttle', times: -1 }])).toThrow(/times must be a non-negative integer/);
  });
});

describe('the server itself', () => {
  it('waits latencyMs before answering each request', async () => {
    const slow = await startBedrockTestServer({ fixturesDir: fixtureDir(DATE), latencyMs: 200 });
    try {
      const started = Date.now();
      await client('us-east-1', {}, slow).send(new ListFoundationModelsCommand({}));
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect(slow.requests).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });

  it('switches snapshots with setFixturesDir', async () => {
    const newest = await listModelIds('us-east-1');
    server.setFixturesDir(fixtureDir('2026-02-08'));
    const oldest = await listModelIds('us-east-1');
    expect(oldest).toEqual(models('us-east-1', '2026-02-08').map((model) => model.modelId));
    expect(oldest).not.toEqual(newest);

    const handMade = join(scratch, 'one-region');
    mkdirSync(join(handMade, 'us-east-1'), { recursive: true });
    writeFileSync(join(handMade, 'us-east-1', 'foundation-models.json'), '{"modelSummaries":[]}\n');
    server.setFixturesDir(handMade);
    expect(await listModelIds('us-east-1')).toEqual([]);
    expect(() => server.setFixturesDir(join(scratch, 'no-such-folder'))).toThrow(/does not exist/);
  });

  it('answers an operation it does not implement with 404 and a JSON error', async () => {
    const getModel = client('us-east-1');
    getModel.middlewareStack.add(
      (next) => (args) => {
        (args.request as { path: string }).path = '/foundation-models/anthropic.claude-sonnet-4-6';
        return next(args);
      },
      { step: 'build', name: 'testUnknownPath' },
    );
    const error = await failure(getModel.send(new ListFoundationModelsCommand({})));
    expect(error.name).toBe('UnknownOperationException');
    expect(error.$metadata?.httpStatusCode).toBe(404);

    const response = await rawGet('/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^UnknownOperationException:/);
    expect(await response.json()).toEqual({
      message: 'bedrock-test-server implements GET /foundation-models, GET /inference-profiles and GET /v1/models, not GET /nope',
    });
    const post = await fetch(`${server.url}/foundation-models`, { method: 'POST', headers: signedHeaders('us-east-1') });
    expect(post.status).toBe(404);
  });

  it('close() ends requests left hanging and can be called twice', async () => {
    const own = await startBedrockTestServer({ fixturesDir: fixtureDir(DATE), faults: [{ fault: 'hang' }] });
    const pending = failure(client('us-east-1', {}, own).send(new ListFoundationModelsCommand({})));
    await expect.poll(() => own.requests.length).toBe(1);
    await Promise.all([own.close(), own.close()]);
    // The client sees the connection reset: the SDK reports a dropped socket as a TimeoutError.
    expect(await pending).toMatchObject({ name: 'TimeoutError', code: 'ECONNRESET' });
  });

  it('refuses options it cannot honour', async () => {
    await expect(startBedrockTestServer({ fixturesDir: join(scratch, 'missing') })).rejects.toThrow(/does not exist/);
    await expect(startBedrockTestServer({ fixturesDir: fixtureDir(DATE), defaultPageSize: 0 })).rejects.toThrow(/defaultPageSize/);
  });

  it('runs from a shell: prints its URL, serves, and stops on SIGTERM', async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const child = spawn(
      process.execPath,
      [join(here, '../node_modules/tsx/dist/cli.mjs'), join(here, 'cli.ts'), '--date', '2026-02-08', '--fault', 'throttle::ListInferenceProfiles'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.on('close', (code) => reject(new Error(`cli exited with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const shell = new BedrockClient({
        region: 'us-east-1',
        endpoint: url,
        credentials: { accessKeyId: 'AKIDTESTSERVER', secretAccessKey: 'test-secret' },
        maxAttempts: 1,
      });
      clients.push(shell);
      const answer = await shell.send(new ListFoundationModelsCommand({}));
      expect(answer.modelSummaries!.map((model) => model.modelId)).toEqual(models('us-east-1', '2026-02-08').map((model) => model.modelId));
      expect((await failure(shell.send(new ListInferenceProfilesCommand({})))).name).toBe('ThrottlingException');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 30_000);
});

describe("bedrock-mantle's GET /v1/models", () => {
  const probeOptions = (endpoint: string) => ({ endpoint, bearerToken: null, callTimeoutMs: 5_000, maxAttempts: 1 });
  const recorded = (region: string): string[] =>
    (JSON.parse(readFileSync(join(fixtureDir(DATE), region, 'mantle-models.json'), 'utf8')) as MantleModelsBody).data.map((entry) => entry.id);
  beforeAll(() => {
    // The probe signs with the SDK's default credential chain: fake keys from the environment, nothing else.
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDTESTSERVER');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test-secret');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    vi.stubEnv('AWS_PROFILE', undefined);
  });
  afterAll(() => vi.unstubAllEnvs());

  it("answers a SigV4-signed request with the signed region's recorded listing", async () => {
    const listing = await fetchMantleListing('eu-west-2', probeOptions(server.url));
    expect(listing.answer.data.map((entry) => entry.id)).toEqual(recorded('eu-west-2'));
    expect(listing.answer.data.every((entry) => typeof entry.created === 'number')).toBe(true);
    expect(server.requests.at(-1)).toMatchObject({ path: '/v1/models', region: 'eu-west-2', operation: 'MantleListModels', status: 200 });
  });

  it('takes a bearer token on /<region>/v1/models, standing in for the regional host name', async () => {
    const listing = await fetchMantleListing('us-east-1', { ...probeOptions(`${server.url}/{region}`), bearerToken: 'ABSKexample' });
    expect(listing.answer.data.map((entry) => entry.id)).toEqual(recorded('us-east-1'));
    const bare = await rawGet('/v1/models', { authorization: 'Bearer ABSKexample' });
    expect(bare.status).toBe(400);
    expect(bare.headers.get(NOTE_HEADER)).toMatch(/bearer API keys are accepted only on GET \/<region>\/v1\/models/);
    expect((await rawGet('/us-east-1/v1/models')).status).toBe(403);
  });

  it('refuses a region whose snapshot has no mantle recording, and fails on demand', async () => {
    await expect(fetchMantleListing('ca-central-1', probeOptions(server.url))).rejects.toThrow(/HTTP 404 NotFoundException/);
    expect(server.requests.at(-1)!.note).toContain('no bedrock-mantle recording for region ca-central-1');
    server.setFaults([{ fault: 'throttle', region: 'us-west-2', operation: 'MantleListModels', times: 1 }]);
    await expect(fetchMantleListing('us-west-2', probeOptions(server.url))).rejects.toThrow(/HTTP 429 ThrottlingException/);
    // The probe's own retry rides out one throttled answer.
    server.setFaults([{ fault: 'throttle', region: 'us-west-2', operation: 'MantleListModels', times: 1 }]);
    const retried = await fetchMantleListing('us-west-2', { ...probeOptions(server.url), maxAttempts: 2 });
    expect(retried.answer.data.length).toBe(recorded('us-west-2').length);
    expect(
      server.requests
        .filter((request) => request.operation === 'MantleListModels')
        .map((request) => request.status)
        .slice(-2),
    ).toEqual([429, 200]);
  });
});
