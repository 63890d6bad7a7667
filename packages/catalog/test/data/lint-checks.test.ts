// Each check of the data lint catches the problem it exists for, and names its path: a lint that cannot fail
// proves nothing. The cases break a copy of the hand-written test catalog in one way each.
import { describe, expect, it } from 'vitest';
import { canonicalText, lintCatalog, type LintIssue } from '../../lint/index.ts';
import type { Catalog } from '../../src/index.ts';
import { miniCatalog } from '../fixtures/mini-catalog.ts';

const X = 'anthropic.claude-x-20250101-v1:0';
const checks = (issues: readonly LintIssue[]): string[] => [...new Set(issues.map((issue) => issue.check))].sort();

function broken(change: (catalog: Catalog) => void): Catalog {
  const catalog = miniCatalog();
  change(catalog);
  return catalog;
}

describe('lintCatalog', () => {
  it('passes the test catalog and its canonical text', () => {
    const catalog = miniCatalog();
    expect(lintCatalog(catalog, { text: canonicalText(catalog) })).toEqual([]);
  });

  it('reports a schema violation and stops there', () => {
    expect(lintCatalog({})).toEqual(expect.arrayContaining([expect.objectContaining({ check: 'schema' })]));
    expect(checks(lintCatalog({}))).toEqual(['schema']);
  });

  it('reports a profile routing to a model the catalog does not have', () => {
    const issues = lintCatalog(
      broken((c) => {
        c.profiles['us.amazon.new-v2:0']!.models = ['amazon.nowhere-v1:0'];
      }),
    );
    expect(issues).toContainEqual({
      path: '/profiles/us.amazon.new-v2:0/models',
      check: 'references',
      message: 'routes to "amazon.nowhere-v1:0", which is in neither models nor retired',
    });
  });

  it('reports an ID both live and retired', () => {
    const issues = lintCatalog(
      broken((c) => {
        c.retired['amazon.new-v2:0'] = { kind: 'model', name: 'New', lastSeen: null, regions: [] };
      }),
    );
    // validateCatalog's semantic checks already refuse it; the lint reports it through them.
    expect(issues).toContainEqual({ path: '/models/amazon.new-v2:0', check: 'schema', message: 'is also in /retired' });
  });

  it('reports lifecycle dates out of order', () => {
    const issues = lintCatalog(
      broken((c) => {
        c.models['amazon.old-v1:0']!.regions['us-east-1']!.lifecycle!.legacy = '2026-08-01T08:00:00Z';
      }),
    );
    expect(issues).toContainEqual({
      path: '/models/amazon.old-v1:0/regions/us-east-1/lifecycle',
      check: 'lifecycle-order',
      message: 'legacy 2026-08-01T08:00:00Z is after extendedAccess 2026-04-15T08:00:00Z',
    });
  });

  it('reports an announced date at an unexplained time of day, and regions that disagree by hours', () => {
    const odd = lintCatalog(
      broken((c) => {
        c.models['amazon.old-v1:0']!.regions['us-east-1']!.lifecycle!.endOfLife = '2026-07-15T13:00:00Z';
      }),
    );
    expect(odd).toContainEqual(expect.objectContaining({ path: '/models/amazon.old-v1:0/regions/us-east-1/lifecycle/endOfLife', check: 'timestamp-offset' }));
    const disagree = lintCatalog(
      broken((c) => {
        c.models['amazon.old-v1:0']!.regions['eu-west-1']!.lifecycle = { status: 'LEGACY', legacy: '2026-01-15T07:00:00Z' };
      }),
    );
    expect(disagree).toContainEqual(
      expect.objectContaining({
        path: '/models/amazon.old-v1:0/regions',
        check: 'timestamp-offset',
        message: 'regions give legacy 2026-01-15 at different times: 2026-01-15T07:00:00Z, 2026-01-15T08:00:00Z',
      }),
    );
  });

  it('reports a live model past its end of life at the catalog date, and a live profile of retired models only', () => {
    const late = broken((c) => {
      c.currentTo = '2026-08-01';
      delete c.models['amazon.old-v1:0']!.regions['eu-west-1'];
      c.regions['eu-west-1']!.models = [X];
    });
    expect(checks(lintCatalog(late))).toEqual(['live-past-end-of-life']);
    // The same catalog judged before the end of life is fine.
    expect(lintCatalog({ ...late, currentTo: '2026-07-14' })).toEqual([]);
    const orphan = broken((c) => {
      const { regions: _regions, ...entry } = c.models['amazon.new-v2:0']!;
      c.retired['amazon.new-v2:0'] = {
        kind: 'model',
        provider: entry.provider,
        name: entry.name,
        lastSeen: '2026-06-01',
        retired: '2026-06-01',
        regions: ['us-east-1'],
      };
      delete c.models['amazon.new-v2:0'];
      delete c.models['amazon.old-v1:0']!.replacement;
      delete c.retired['amazon.gone-v1:0']!.replacement;
      for (const region of Object.values(c.regions)) region.models = region.models.filter((id) => id !== 'amazon.new-v2:0');
    });
    expect(lintCatalog(orphan)).toContainEqual({
      path: '/profiles/us.amazon.new-v2:0',
      check: 'live-profile-of-retired-models',
      message: 'routes only to retired models (amazon.new-v2:0)',
    });
  });

  it('reports a geography profile callable from a region of another geography', () => {
    const issues = lintCatalog(
      broken((c) => {
        c.profiles['eu.anthropic.claude-x-20250101-v1:0']!.sources['us-east-1'] = ['eu-west-1'];
        c.regions['us-east-1']!.profiles = [...c.regions['us-east-1']!.profiles, 'eu.anthropic.claude-x-20250101-v1:0'].sort();
      }),
    );
    expect(issues).toContainEqual({
      path: '/profiles/eu.anthropic.claude-x-20250101-v1:0/sources/us-east-1',
      check: 'profile-geography',
      message: 'us-east-1 is not in the eu geography',
    });
  });

  it('reports a documented fact dated after the catalog date', () => {
    const issues = lintCatalog(
      broken((c) => {
        c.profiles['us.amazon.new-v2:0']!.documented = { source: 'https://docs.aws.amazon.com/…', date: '2027-01-01' };
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ path: '/profiles/us.amazon.new-v2:0/documented', check: 'provenance' }));
  });

  it('reports unsorted lists and a file not in canonical form', () => {
    const unsorted = broken((c) => {
      c.retired['amazon.gone-v1:0']!.regions = ['us-west-2', 'us-east-1'];
    });
    expect(lintCatalog(unsorted)).toContainEqual({
      path: '/retired/amazon.gone-v1:0/regions',
      check: 'deterministic-output',
      message: 'must be sorted, without duplicates',
    });
    const catalog = miniCatalog();
    expect(checks(lintCatalog(catalog, { text: JSON.stringify(catalog) }))).toEqual(['deterministic-output']);
  });
});
