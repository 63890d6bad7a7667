// The new commands never open a socket: each runs with the e2e suite's offline guard preloaded (every
// network API replaced by a stub that records the attempt and throws), and nothing is recorded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, PACKAGE_ROOT, PYTHON_SERVICE, scratch } from './helpers.js';

const OFFLINE_GUARD = join(PACKAGE_ROOT, '..', '..', 'tools', 'e2e', 'src', 'offline-guard.mjs');

function guarded(args: readonly string[], cwd: string, input?: string) {
  const logs = mkdtempSync(join(tmpdir(), 'bedrock-models-offline-'));
  const log = join(logs, 'attempts.jsonl');
  const loaded = join(logs, 'loaded');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    ...(input === undefined ? {} : { input }),
    env: { ...process.env, NODE_OPTIONS: `--import=${OFFLINE_GUARD}`, OFFLINE_GUARD_LOG: log, OFFLINE_GUARD_LOADED: loaded },
  });
  return { result, loaded: existsSync(loaded), attempts: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
}

const MCP_SESSION = [
  { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'offline', version: '1' } } },
  { jsonrpc: '2.0', method: 'notifications/initialized' },
  { jsonrpc: '2.0', id: 2, method: 'tools/list' },
  { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'lookup', arguments: { id: 'amazon.nova-lite-v1:0' } } },
  { jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'list_models', arguments: { provider: 'amazon' } } },
  { jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'resolve_for_region', arguments: { model: 'amazon.nova-lite-v1:0', region: 'eu-west-1' } } },
  { jsonrpc: '2.0', id: 6, method: 'tools/call', params: { name: 'check_code', arguments: { code: PYTHON_SERVICE['app/chat.py'], language: 'python' } } },
  { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'explain_error', arguments: { message: 'The provided model identifier is invalid.' } } },
]
  .map((message) => JSON.stringify(message))
  .join('\n');

describe('the new commands offline', () => {
  it.each([
    ['check --format github', ['check', '--format', 'github', '--end-of-life-within', '365']],
    ['upcoming', ['upcoming', '--days', '365', '--format', 'json']],
    ['explain', ['explain', 'ValidationException: The provided model identifier is invalid.']],
  ])('%s runs with every network API blocked, and nothing tries to connect', (_name, args) => {
    const { result, loaded, attempts } = guarded(args, scratch('offline', PYTHON_SERVICE));
    expect(loaded).toBe(true);
    expect(attempts).toEqual([]);
    expect(result.stderr).not.toContain('offline guard');
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('mcp answers a whole session with every network API blocked', () => {
    const { result, loaded, attempts } = guarded(['mcp'], scratch('offline-mcp', {}), `${MCP_SESSION}\n`);
    expect(loaded).toBe(true);
    expect(attempts).toEqual([]);
    const responses = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: number; result?: unknown; error?: unknown });
    expect(responses.map((response) => [response.id, response.error === undefined])).toEqual([1, 2, 3, 4, 5, 6, 7].map((id) => [id, true]));
    expect(result.status).toBe(0);
  });

  it('control: the guard catches an attempt made in the CLI process', () => {
    const logs = mkdtempSync(join(tmpdir(), 'bedrock-models-offline-control-'));
    const log = join(logs, 'attempts.jsonl');
    const result = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "import net from 'node:net'; try { net.connect(443, '192.0.2.1'); } catch {} await import(process.argv[1]);", BIN],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, NODE_OPTIONS: `--import=${OFFLINE_GUARD}`, OFFLINE_GUARD_LOG: log },
      },
    );
    expect(result.status).toBe(2);
    expect(readFileSync(log, 'utf8')).toContain('"api":"net.connect"');
  });
});
