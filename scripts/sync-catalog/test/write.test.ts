import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeCatalog, writeFileAtomic } from '../write.ts';

const workDir = mkdtempSync(join(tmpdir(), 'bedrock-write-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('never lets a reader see a torn file while another process rewrites it', async () => {
    const target = join(workDir, 'catalog.json');
    writeFileAtomic(target, `${JSON.stringify({ n: 0 })}\n`);
    const writer = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `
      const { writeFileAtomic } = await import(${JSON.stringify(new URL('../write.ts', import.meta.url).pathname)});
      for (let n = 1; n <= 40; n++) writeFileAtomic(${JSON.stringify(target)}, JSON.stringify({ n, filler: 'x'.repeat(2_000_000) }) + '\\n');
    `,
      ],
      { stdio: 'inherit', cwd: join(import.meta.dirname, '../..') },
    );
    const finished = new Promise<number | null>((resolve) => writer.on('close', resolve));
    let reads = 0;
    let done = false;
    void finished.then(() => (done = true));
    while (!done) {
      const parsed = JSON.parse(readFileSync(target, 'utf8')) as { n: number };
      expect(parsed.n).toBeGreaterThanOrEqual(0);
      reads++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await finished).toBe(0);
    expect(reads).toBeGreaterThan(5);
    expect((JSON.parse(readFileSync(target, 'utf8')) as { n: number }).n).toBe(40);
    expect(readdirSync(workDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('leaves the old file whole and no temporary file behind when the rename fails', () => {
    const folder = join(workDir, 'blocked');
    mkdirSync(join(folder, 'catalog.json'), { recursive: true });
    writeFileSync(join(folder, 'catalog.json', 'keep'), 'old');
    expect(() => writeFileAtomic(join(folder, 'catalog.json'), 'new')).toThrow();
    expect(readFileSync(join(folder, 'catalog.json', 'keep'), 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['catalog.json']);
  });
});

describe('serializeCatalog', () => {
  it('puts top-level fields in schema order and sorts every nested key, ending with a newline', () => {
    const text = serializeCatalog({
      retired: {},
      profiles: {},
      models: {
        'b.m-v1:0': { provider: 'B', name: 'M', regions: {}, history: [], inputModalities: [], outputModalities: [], streaming: null, customizations: [] },
      },
      regions: {},
      source: 's',
      generatedAt: '2026-01-01T00:00:00Z',
      schemaVersion: 1,
    });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['schemaVersion', 'generatedAt', 'source', 'regions', 'models', 'profiles', 'retired']);
    expect(text.indexOf('"customizations"')).toBeLessThan(text.indexOf('"provider"'));
    expect(text.endsWith('}\n')).toBe(true);
  });
});
