// `lookup` tells what the catalog's history and documented facts say: withdrawals from a region, the recorded
// changes, and where a fact comes from when the API has not given it. On a copy of the test catalog with one
// withdrawal and one documented model added.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '@bedrock-models/catalog';
import { describe, expect, it } from 'vitest';
import { run, TEST_CATALOG } from './helpers.js';

const HAIKU = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const cwd = mkdtempSync(join(tmpdir(), 'bedrock-models-lookup-history-'));

function catalogFile(): string {
  const catalog = JSON.parse(readFileSync(TEST_CATALOG, 'utf8')) as Catalog;
  const model = catalog.models[HAIKU]!;
  delete model.regions['us-west-2'];
  catalog.regions['us-west-2']!.models = catalog.regions['us-west-2']!.models.filter((id) => id !== HAIKU);
  model.history = [
    { date: '2026-02-08', change: 'added', regions: ['us-east-1', 'us-west-2'] },
    { date: '2026-03-04', change: 'regions-removed', regions: ['us-west-2'] },
  ];
  catalog.models['anthropic.claude-next-v1:0'] = {
    provider: 'Anthropic',
    name: 'Claude Next',
    inputModalities: ['TEXT'],
    outputModalities: ['TEXT'],
    streaming: null,
    customizations: [],
    regions: {},
    history: [],
    documented: { source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-test.html', date: '2026-03-01' },
  };
  const file = join(cwd, 'catalog.json');
  writeFileSync(file, JSON.stringify(catalog));
  return file;
}

describe('lookup', () => {
  const CATALOG = ['--catalog', catalogFile()];

  it('shows a withdrawal from a region and the recorded history', () => {
    const result = run(['lookup', HAIKU, ...CATALOG], cwd);
    expect(result.stdout).toContain('Withdrawn from us-west-2 on 2026-03-04 (last listed 2026-02-08); still offered in us-east-1.\n');
    expect(result.stdout).toContain('History:\n  2026-02-08  added us-east-1, us-west-2\n  2026-03-04  regions-removed us-west-2\n');
    expect(result.status).toBe(0);
  });

  it('gives the history and the withdrawals in JSON too', () => {
    const answer = JSON.parse(run(['lookup', HAIKU, '--json', ...CATALOG], cwd).stdout) as Record<string, unknown>;
    expect(answer).toMatchObject({
      history: [
        { date: '2026-02-08', change: 'added' },
        { date: '2026-03-04', change: 'regions-removed', regions: ['us-west-2'] },
      ],
      withdrawn: [{ region: 'us-west-2', withdrawn: '2026-03-04', lastListed: '2026-02-08', offeredIn: ['us-east-1'] }],
    });
  });

  it('names the source of a model known from documentation only, and says its regions are unknown', () => {
    const result = run(['lookup', 'anthropic.claude-next-v1:0', ...CATALOG], cwd);
    expect(result.stdout).toContain(
      'Source (2026-03-01): https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-test.html.\nNot yet listed by the API: its regions are unknown.\n',
    );
    expect(result.status).toBe(0);
  });
});
