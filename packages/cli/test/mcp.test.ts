// An MCP client of our own drives the built CLI's `mcp` command over stdio, as an agent host does:
// newline-delimited JSON-RPC 2.0 on stdin and stdout. Every wait has a budget; the server must stay up
// through malformed input and exit 0 when stdin closes.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, PYTHON_SERVICE, run, scratch, TEST_CATALOG } from './helpers.js';

const BUDGET_MS = 20_000;

interface RpcResponse {
  jsonrpc: '2.0';
  id: number | string | null;
  result?: { content: Array<{ type: string; text: string }>; structuredContent?: unknown; isError?: boolean; [key: string]: unknown };
  error?: { code: number; message: string; data?: { field?: string } };
}

class Client {
  readonly process: ChildProcessWithoutNullStreams;
  private buffer = '';
  private readonly responses: RpcResponse[] = [];
  private readonly waiters: Array<() => void> = [];
  private nextId = 1;

  constructor(args: readonly string[]) {
    this.process = spawn(process.execPath, [BIN, 'mcp', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout.setEncoding('utf8');
    this.process.stdout.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (let newline = this.buffer.indexOf('\n'); newline >= 0; newline = this.buffer.indexOf('\n')) {
        this.responses.push(JSON.parse(this.buffer.slice(0, newline)) as RpcResponse);
        this.buffer = this.buffer.slice(newline + 1);
        this.waiters.splice(0).forEach((wake) => wake());
      }
    });
  }

  send(line: string): void {
    this.process.stdin.write(`${line}\n`);
  }

  /** The response with `id`, within the budget. */
  async response(id: number | string | null): Promise<RpcResponse> {
    const deadline = Date.now() + BUDGET_MS;
    for (;;) {
      const index = this.responses.findIndex((response) => response.id === id);
      if (index >= 0) return this.responses.splice(index, 1)[0]!;
      if (Date.now() > deadline) throw new Error(`no response with id ${String(id)} within ${BUDGET_MS} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async request(method: string, params?: unknown): Promise<RpcResponse> {
    const id = this.nextId++;
    this.send(JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }));
    return this.response(id);
  }

  /** A tools/call answered with a result: its structured content. */
  async call(name: string, args: Record<string, unknown>): Promise<Record<string, unknown>> {
    const response = await this.request('tools/call', { name, arguments: args });
    expect(response.error, JSON.stringify(response.error)).toBeUndefined();
    expect(response.result?.isError).toBe(false);
    const text = response.result!.content[0]!.text;
    expect(JSON.parse(text)).toEqual(response.result!.structuredContent);
    return response.result!.structuredContent as Record<string, unknown>;
  }

  pending(): number {
    return this.responses.length;
  }

  close(): Promise<number | null> {
    this.process.stdin.end();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not exit after stdin closed')), BUDGET_MS);
      this.process.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }
}

const catalog = JSON.parse(readFileSync(TEST_CATALOG, 'utf8')) as {
  models: Record<string, { provider: string; outputModalities: string[]; streaming: boolean | null; regions: Record<string, unknown> }>;
};
let client: Client;

beforeAll(async () => {
  client = new Client(['--catalog', TEST_CATALOG]);
  const initialized = await client.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'vitest', version: '1' } });
  expect(initialized.result).toMatchObject({ protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'bedrock-models' } });
  client.send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
}, 60_000);

afterAll(async () => {
  if (client.process.exitCode === null) await client.close();
});

describe('mcp: lifecycle', () => {
  it('answers ping, gives notifications no answer, and negotiates the protocol version', async () => {
    expect((await client.request('ping')).result).toEqual({});
    expect(client.pending()).toBe(0);
    const other = new Client(['--catalog', TEST_CATALOG]);
    expect(
      (await other.request('initialize', { protocolVersion: '2024-11-05', capabilities: {}, clientInfo: { name: 'old', version: '1' } })).result
        ?.protocolVersion,
    ).toBe('2024-11-05');
    // Before structured output (2025-06-18), results carry text content only.
    const old = await other.request('tools/call', { name: 'lookup', arguments: { id: 'amazon.nova-lite-v1:0' } });
    expect(old.result?.structuredContent).toBeUndefined();
    expect(JSON.parse(old.result!.content[0]!.text)).toMatchObject({ kind: 'model', id: 'amazon.nova-lite-v1:0' });
    expect(
      (await other.request('initialize', { protocolVersion: '1999-01-01', capabilities: {}, clientInfo: { name: 'odd', version: '1' } })).result
        ?.protocolVersion,
    ).toBe('2025-06-18');
    expect(await other.close()).toBe(0);
  });

  it('lists the five tools, each with a closed object input schema', async () => {
    const { result } = await client.request('tools/list');
    const tools = (
      result as unknown as {
        tools: Array<{ name: string; description: string; inputSchema: { type: string; additionalProperties: boolean; properties: object } }>;
      }
    ).tools;
    expect(tools.map((tool) => tool.name)).toEqual(['lookup', 'list_models', 'resolve_for_region', 'check_code', 'explain_error']);
    for (const tool of tools) {
      expect(tool.inputSchema).toMatchObject({ type: 'object', additionalProperties: false });
      expect(tool.description).toMatch(/Offline\.$/);
    }
  });
});

describe('mcp: tools', () => {
  it('lookup: a model with its lifecycle, regions and profiles; an unknown ID with the closest ones', async () => {
    const model = await client.call('lookup', { id: 'anthropic.claude-3-5-haiku-20241022-v1:0' });
    expect(model).toMatchObject({
      kind: 'model',
      stage: 'LEGACY',
      replacement: 'anthropic.claude-haiku-4-5-20251001-v1:0',
      provider: 'Anthropic',
      catalogDate: '2026-03-04',
    });
    expect(model.regions).toMatchObject({
      'us-east-1': {
        inferenceTypes: ['INFERENCE_PROFILE'],
        stage: 'LEGACY',
        legacy: '2025-12-19',
        endOfLife: '2026-06-19',
        profiles: ['us.anthropic.claude-3-5-haiku-20241022-v1:0'],
      },
    });
    const unknown = await client.call('lookup', { id: 'anthropic.claude-3-haiku-2024307-v1:0' });
    expect(unknown).toMatchObject({ kind: 'unknown' });
    expect(unknown.nearMatches).toContain('anthropic.claude-3-haiku-20240307-v1:0');
  });

  it('lookup: an application inference profile ARN as the model it copies from, when told; refused when id is no such ARN', async () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6';
    expect(await client.call('lookup', { id: arn })).toMatchObject({ kind: 'opaque' });
    expect(await client.call('lookup', { id: arn, copiesFrom: 'anthropic.claude-3-5-haiku-20241022-v1:0' })).toMatchObject({
      input: arn,
      kind: 'model',
      id: 'anthropic.claude-3-5-haiku-20241022-v1:0',
      stage: 'LEGACY',
      applicationProfile: { copiesFrom: 'anthropic.claude-3-5-haiku-20241022-v1:0' },
    });
    const notAnArn = await client.request('tools/call', { name: 'lookup', arguments: { id: 'anthropic.claude-v2', copiesFrom: 'anthropic.claude-v2' } });
    expect(notAnArn.error).toMatchObject({ code: -32602, data: { field: 'arguments.copiesFrom' } });
    const unknownTarget = await client.request('tools/call', { name: 'lookup', arguments: { id: arn, copiesFrom: 'anthropic.claude-sonet-4' } });
    expect(unknownTarget.error).toMatchObject({ code: -32602, data: { field: 'arguments.copiesFrom' } });
  });

  it('list_models: exactly the models that pass every filter', async () => {
    const listed = await client.call('list_models', { region: 'us-east-1', provider: 'amazon', modality: 'embedding' });
    const expected = Object.keys(catalog.models)
      .filter((id) => id.startsWith('amazon.') && catalog.models[id]!.outputModalities.includes('EMBEDDING') && catalog.models[id]!.regions['us-east-1'])
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((listed.models as Array<{ id: string }>).map((model) => model.id)).toEqual(expected);
    const streaming = await client.call('list_models', { capability: 'streaming' });
    expect((streaming.models as Array<{ id: string }>).map((model) => model.id)).toEqual(
      Object.keys(catalog.models)
        .filter((id) => catalog.models[id]!.streaming === true)
        .sort(),
    );
  });

  it('resolve_for_region: on demand where offered, else the in-geo profile, with the global one listed', async () => {
    const profile = await client.call('resolve_for_region', { model: 'anthropic.claude-3-5-haiku-20241022-v1:0', region: 'us-east-1' });
    expect(profile).toMatchObject({
      callable: true,
      recommended: 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
      onDemand: null,
      inferenceTypes: ['INFERENCE_PROFILE'],
    });
    const direct = await client.call('resolve_for_region', { model: 'amazon.nova-lite-v1:0', region: 'us-east-1' });
    expect(direct).toMatchObject({ callable: true, recommended: 'amazon.nova-lite-v1:0', onDemand: 'amazon.nova-lite-v1:0' });
    expect((direct.inGeoProfiles as Array<{ id: string }>).map((choice) => choice.id)).toContain('us.amazon.nova-lite-v1:0');
  });

  it('check_code: the findings check reports for the same file, and the ESLint plugin for JavaScript', async () => {
    const code = PYTHON_SERVICE['app/chat.py'];
    const answer = await client.call('check_code', { code, language: 'python' });
    const repo = scratch('mcp-check', { 'snippet.py': code });
    const report = JSON.parse(run(['check', '--format', 'json', '--catalog', TEST_CATALOG], repo).stdout) as {
      errorCount: number;
      warningCount: number;
      results: Array<{ problems: unknown[] }>;
    };
    expect(answer.findings).toEqual(report.results[0]!.problems);
    expect([answer.errorCount, answer.warningCount]).toEqual([report.errorCount, report.warningCount]);
    expect(report.errorCount).toBe(1);
    const regional = await client.call('check_code', { code: 'modelId: cohere.command-r-v1:0\n', language: 'yaml', region: 'eu-central-1' });
    expect(
      (regional.findings as Array<{ rule: string; message: string }>).find((finding) => finding.rule === 'no-region-unavailable-model-id')?.message,
    ).toContain('is not offered in eu-central-1');
    const js = await client.call('check_code', { code: "new ConverseCommand({ modelId: 'x' })", language: 'typescript' });
    expect(js).toMatchObject({ supported: false });
    expect(String(js.message)).toContain('@bedrock-models/eslint-plugin');
  });

  it('explain_error: the causes in order, with their rules', async () => {
    const answer = await client.call('explain_error', { message: 'ValidationException: This model doesn’t support tool use.' });
    const [match] = answer.matches as Array<{ id: string; causes: Array<{ rule: string }> }>;
    expect(match).toMatchObject({ id: 'no-tool-use', causes: [{ rule: 'no-unsupported-model-feature' }] });
  });
});

describe('mcp: malformed calls', () => {
  it('answers bad arguments with -32602 naming the field, unknown methods with -32601, bad JSON with -32700, and keeps serving', async () => {
    const cases: Array<[string, unknown, number, string | undefined]> = [
      ['tools/call', { name: 'lookup', arguments: { id: 5 } }, -32602, 'arguments.id'],
      ['tools/call', { name: 'lookup', arguments: {} }, -32602, 'arguments.id'],
      ['tools/call', { name: 'lookup', arguments: { id: 'x', extra: true } }, -32602, 'arguments.extra'],
      ['tools/call', { name: 'resolve_for_region', arguments: { model: 'amazon.nova-lite-v1:0', region: 'mars-1' } }, -32602, 'arguments.region'],
      ['tools/call', { name: 'resolve_for_region', arguments: { model: 'amazon.nova-lite-v1:0', region: 'sa-east-1' } }, -32602, 'arguments.region'],
      ['tools/call', { name: 'check_code', arguments: { code: 'x', language: 'cobol' } }, -32602, 'arguments.language'],
      ['tools/call', { name: 'check_code', arguments: { code: 'x', language: 'yaml', region: ['us-east-1', 7] } }, -32602, 'arguments.region[1]'],
      ['tools/call', { name: 'no_such_tool', arguments: {} }, -32602, 'params.name'],
      ['tools/call', [1, 2], -32602, undefined],
      ['resources/list', {}, -32601, undefined],
    ];
    for (const [method, params, code, field] of cases) {
      const response = await client.request(method, params);
      expect(response.error?.code, `${method} ${JSON.stringify(params)}`).toBe(code);
      expect(response.error?.data?.field).toBe(field);
      if (field) expect(response.error?.message).toContain(field);
    }
    client.send('{"jsonrpc":"2.0","id":77,"method":');
    expect((await client.response(null)).error?.code).toBe(-32700);
    client.send('[{"jsonrpc":"2.0","id":78,"method":"ping"}]');
    expect((await client.response(null)).error?.code).toBe(-32600);
    expect((await client.request('ping')).result).toEqual({});
  });

  it('exits 0 when the client closes stdin', async () => {
    const other = new Client([]);
    expect((await other.request('ping')).result).toEqual({});
    expect(await other.close()).toBe(0);
  });
});

describe('mcp: host configuration', () => {
  it('the README registers the server as `npx -y bedrock-models mcp`', () => {
    const readme = readFileSync(join(BIN, '..', '..', 'README.md'), 'utf8');
    const block = /```json\n(\{\n {2}"mcpServers"[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const config = JSON.parse(block!) as { mcpServers: Record<string, { command: string; args: string[] }> };
    expect(config.mcpServers['bedrock-models']).toEqual({ command: 'npx', args: ['-y', 'bedrock-models', 'mcp'] });
  });
});
