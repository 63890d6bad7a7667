// The plugin and the catalog never open a socket: ESLint runs with every network API replaced by a stub
// that records the attempt and throws (src/offline-guard.mjs, preloaded with --import), and nothing tries.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { edit, eslint, MAJORS, OFFLINE_GUARD, problems, scratchProject } from '../src/harness.ts';

interface Attempt {
  api: string;
}

/** Runs eslint with the guard preloaded; returns its results, the recorded attempts and whether the guard loaded. */
function guarded(project: string, args: string[]) {
  const logs = mkdtempSync(join(project, '.offline-'));
  const log = join(logs, 'attempts.jsonl');
  const loaded = join(logs, 'loaded');
  const run = eslint(project, args, { NODE_OPTIONS: `--import=${OFFLINE_GUARD}`, OFFLINE_GUARD_LOG: log, OFFLINE_GUARD_LOADED: loaded });
  const attempts = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Attempt)
    : [];
  return { run, attempts, loaded: existsSync(loaded) };
}

describe.each(MAJORS)('eslint %i offline', (major) => {
  it('lints with every network API blocked, gets the usual results, and nothing tries to connect', () => {
    const project = scratchProject(inject('root'), inject('installed')[major]!);
    const { run, attempts, loaded } = guarded(project, ['.', '--format', 'json']);
    expect(loaded).toBe(true);
    expect(attempts).toEqual([]);
    expect(run.status).toBe(1);
    expect(problems(project, run.stdout)).toEqual(problems(project, eslint(project, ['.', '--format', 'json']).stdout));
    expect(problems(project, run.stdout)).toHaveLength(5);
  });

  it('control: the guard catches and records an attempt made in the eslint process', () => {
    const project = scratchProject(inject('root'), inject('installed')[major]!);
    edit(project, 'eslint.config.js', (text) =>
      text.replace(
        `import tseslint from 'typescript-eslint';`,
        `import tseslint from 'typescript-eslint';
import { connect } from 'node:net';
import dns from 'node:dns';

// A config that phones home, to prove the guard is in place.
for (const attempt of [() => connect(443, '192.0.2.1'), () => dns.lookup('example.com', () => {}), () => fetch('https://192.0.2.1/')]) {
  try {
    attempt();
  } catch {
    // Blocked.
  }
}`,
      ),
    );
    const { run, attempts } = guarded(project, ['.', '--format', 'json']);
    expect(attempts.map(({ api }) => api)).toEqual(['net.connect', 'dns.lookup', 'fetch']);
    expect(problems(project, run.stdout)).toHaveLength(5);
  });
});
