// A local Bedrock control plane answering from recorded fixtures, with faults on demand. See README.md.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  accessDenied,
  ApiError,
  internalServer,
  missingAuthentication,
  serviceUnavailable,
  throttling,
  unknownOperation,
  unrecognizedClient,
} from './errors.ts';
import { FaultPlan, type FaultKind, type FaultRule, type Operation } from './faults.ts';
import { FixtureStore } from './fixture-store.ts';
import { listFoundationModels, listInferenceProfiles, type Query } from './operations.ts';
import { regionFromAuthorization } from './region.ts';

export type { FaultKind, FaultRule, Operation } from './faults.ts';
export { FAULT_KINDS } from './faults.ts';

/** A response header, not sent by AWS, explaining an answer whose AWS message alone would puzzle (e.g. a region with no fixtures). */
export const NOTE_HEADER = 'x-bedrock-test-server-note';

/** ListInferenceProfiles page size when the request has no `maxResults`; small enough that real data pages. */
export const DEFAULT_PAGE_SIZE = 20;

export interface BedrockTestServerOptions {
  /** A folder with one sub-folder per region, e.g. `fixtureDir('2026-08-22')` from `../fixtures/paths.ts`. */
  fixturesDir: string;
  /** Faults from the start; replace them later with `setFaults`. */
  faults?: readonly FaultRule[];
  /** Wait this long before answering each request (benchmarks). Default 0. */
  latencyMs?: number;
  /** See DEFAULT_PAGE_SIZE. */
  defaultPageSize?: number;
  /** Port on 127.0.0.1; default 0, a free one. */
  port?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Query;
  /** From the SigV4 credential scope; undefined when the request carried none. */
  region?: string;
  operation?: Operation;
  fault?: FaultKind;
  /** Undefined while unanswered (a hang). */
  status?: number;
  /** The `x-amzn-errortype` name of an error answer. */
  errorType?: string;
  /** The server's own explanation of an error answer (also sent in the NOTE_HEADER header). */
  note?: string;
  requestId: string;
}

export interface BedrockTestServer {
  /** `http://127.0.0.1:<port>`: pass as the client's `endpoint`. */
  readonly url: string;
  readonly port: number;
  /** Every request so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Replaces all fault rules (and their counters). `setFaults([])` clears them. */
  setFaults(rules: readonly FaultRule[]): void;
  /** Answers from another fixture tree from now on (e.g. the next snapshot date). */
  setFixturesDir(dir: string): void;
  clearRequests(): void;
  /** Stops listening and destroys every connection, hanging ones included. Idempotent. */
  close(): Promise<void>;
}

const OPERATIONS: Record<string, Operation> = {
  '/foundation-models': 'ListFoundationModels',
  '/inference-profiles': 'ListInferenceProfiles',
};

/**
 * bedrock-mantle's `GET /v1/models`. The real endpoint is one host per region (`bedrock-mantle.<region>.api.aws`);
 * here the region comes from the SigV4 scope, or, for a bearer-token (Bedrock API key) request, from a
 * `/<region>` prefix standing in for the host name.
 */
const MANTLE_PATH = /^(?:\/([a-z]{2}(?:-[a-z]+)+-\d+))?\/v1\/models$/;

const FAULT_ERRORS: Partial<Record<FaultKind, (operation: Operation) => ApiError>> = {
  throttle: throttling,
  'server-error': () => internalServer(),
  unavailable: serviceUnavailable,
  refuse: () => unrecognizedClient(),
  deny: accessDenied,
};

function parseQuery(url: URL): Query {
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (!(key in query)) query[key] = value;
  return query;
}

function send(res: ServerResponse, record: RecordedRequest, status: number, body: string, headers: Record<string, string> = {}): void {
  record.status = status;
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-amzn-requestid': record.requestId,
    ...headers,
  });
  res.end(body);
}

function sendError(res: ServerResponse, record: RecordedRequest, error: ApiError): void {
  record.errorType = error.name;
  const headers: Record<string, string> = { 'x-amzn-errortype': error.errorType };
  if (error.note) {
    record.note = error.note;
    headers[NOTE_HEADER] = error.note;
  }
  send(res, record, error.status, JSON.stringify({ message: error.message }), headers);
}

/** Starts the server on 127.0.0.1 and a free port. Throws if `fixturesDir` is not a folder or a fault rule is malformed. */
export async function startBedrockTestServer(options: BedrockTestServerOptions): Promise<BedrockTestServer> {
  let store = new FixtureStore(options.fixturesDir);
  let faults = new FaultPlan(options.faults);
  const latencyMs = options.latencyMs ?? 0;
  const defaultPageSize = options.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  if (!(Number.isInteger(defaultPageSize) && defaultPageSize >= 1 && defaultPageSize <= 1000)) {
    throw new Error(`defaultPageSize must be an integer from 1 to 1000 (the API's maxResults range), got ${defaultPageSize}`);
  }
  if (!(Number.isFinite(latencyMs) && latencyMs >= 0)) throw new Error(`latencyMs must be a non-negative number, got ${latencyMs}`);
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let closing: Promise<void> | undefined;

  function answer(region: string, operation: Operation, query: Query): string {
    if (operation === 'MantleListModels') return JSON.stringify(store.mantleModels(region));
    const body =
      operation === 'ListFoundationModels' ? listFoundationModels(store, region, query) : listInferenceProfiles(store, region, query, defaultPageSize);
    return JSON.stringify(body);
  }

  function handle(req: IncomingMessage, res: ServerResponse, record: RecordedRequest): void {
    try {
      // The route first, so that a wrong path is named as such whatever the request's signature.
      const mantle = req.method === 'GET' ? MANTLE_PATH.exec(record.path) : null;
      const operation = req.method === 'GET' ? (OPERATIONS[record.path] ?? (mantle ? 'MantleListModels' : undefined)) : undefined;
      if (!operation) throw unknownOperation(record.method, record.path);
      record.operation = operation;
      const hostRegion = mantle?.[1];
      if (hostRegion) {
        // Any bearer token or signature is accepted, as signatures are elsewhere; none at all is refused.
        if (!req.headers.authorization?.trim()) throw missingAuthentication();
        record.region = hostRegion;
      } else {
        record.region = regionFromAuthorization(req.headers.authorization, Boolean(req.headers['x-amz-date'] ?? req.headers.date));
      }

      const fault = faults.next(record.region, operation);
      record.fault = fault;
      if (fault === 'hang') return;
      const faultError = fault && FAULT_ERRORS[fault];
      if (faultError) throw faultError(operation);

      let body: string;
      try {
        body = answer(record.region, operation, record.query);
      } catch (error) {
        if (fault !== 'bad-json') throw error;
        body = '{"message":"';
      }
      if (fault === 'bad-json') body = body.slice(0, Math.max(2, Math.floor(body.length / 2)));
      send(res, record, 200, body);
    } catch (error) {
      sendError(res, record, error instanceof ApiError ? error : internalServer(`bedrock-test-server: ${String(error)}`));
    }
  }

  const server = createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: parseQuery(url),
      requestId: randomUUID(),
    };
    requests.push(record);
    if (latencyMs <= 0) {
      handle(req, res, record);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      handle(req, res, record);
    }, latencyMs);
    timers.add(timer);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setFaults(rules) {
      faults = new FaultPlan(rules);
    },
    setFixturesDir(dir) {
      store = new FixtureStore(dir);
    },
    clearRequests() {
      requests.length = 0;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
