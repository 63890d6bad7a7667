import { describe, expect, it } from 'vitest';
import { run, scratch, TEST_CATALOG } from './helpers.js';

// In the pinned test catalog (2026-03-04), anthropic.claude-3-haiku-20240307-v1:0 is ACTIVE with its end of
// life on 2026-09-10 in every region; anthropic.claude-3-5-haiku-20241022-v1:0 is LEGACY in us-east-1 and
// us-west-2 with extended access from 2026-03-19 and its end of life on 2026-06-19.
const CATALOG = ['--catalog', TEST_CATALOG];
const SIXTY_DAYS_BEFORE = '2026-07-12';
const SERVICE = {
  'app/summarize.py': [
    'import boto3',
    'client = boto3.client("bedrock-runtime", region_name="us-west-2")',
    'client.converse(modelId="anthropic.claude-3-haiku-20240307-v1:0", messages=[])',
    '',
  ].join('\n'),
  'app/embed.py': 'MODEL = "amazon.titan-embed-text-v2:0"\n',
};

describe('upcoming', () => {
  it('fails for a model whose end of life is 60 days away with --days 90, and passes with --days 30', () => {
    const repo = scratch('upcoming', SERVICE);
    const failing = run(['upcoming', '--days', '90', '--today', SIXTY_DAYS_BEFORE, ...CATALOG], repo);
    expect(failing.stdout).toBe(
      [
        'DATE        WHEN        WHAT         WHERE                  MODEL                                   REPLACEMENT',
        '2026-09-10  in 60 days  end of life  app/summarize.py:3:25  anthropic.claude-3-haiku-20240307-v1:0  —',
        '',
        '✖ 1 model reference with a lifecycle date within 90 days of 2026-07-12',
        '',
      ].join('\n'),
    );
    expect(failing.status).toBe(1);
    const passing = run(['upcoming', '--days', '30', '--today', SIXTY_DAYS_BEFORE, ...CATALOG], repo);
    expect(passing.stdout).toBe('✔ No model in 2 files becomes legacy, enters extended access or reaches its end of life within 30 days of 2026-07-12.\n');
    expect(passing.status).toBe(0);
  });

  it('lists legacy, extended-access and end-of-life dates earliest first, with the replacement, judged at the catalog date by default', () => {
    const repo = scratch('upcoming-order', {
      'config.yaml': 'fast: anthropic.claude-3-haiku-20240307-v1:0\nold: us.anthropic.claude-3-5-haiku-20241022-v1:0\n',
    });
    const result = run(['upcoming', '--days', '200', '--format', 'json', ...CATALOG], repo);
    const report = JSON.parse(result.stdout) as {
      today: string;
      days: number;
      upcoming: Array<{ path: string; line: number; id: string; dates: Array<{ kind: string; date: string; days: number }>; replacements: string[] }>;
    };
    expect(report.today).toBe('2026-03-04');
    expect(report.days).toBe(200);
    expect(
      report.upcoming.map(({ line, id, dates, replacements }) => ({
        line,
        id,
        dates: dates.map((date) => `${date.kind} ${date.date} ${date.days}`),
        replacements,
      })),
    ).toEqual([
      {
        line: 2,
        id: 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
        dates: ['extended-access 2026-03-19 15', 'end-of-life 2026-06-19 107'],
        replacements: ['us.anthropic.claude-haiku-4-5-20251001-v1:0'],
      },
      { line: 1, id: 'anthropic.claude-3-haiku-20240307-v1:0', dates: ['end-of-life 2026-09-10 190'], replacements: [] },
    ]);
    expect(result.status).toBe(1);
  });

  it('writes GitHub annotations and SARIF for the same entries', () => {
    const repo = scratch('upcoming-formats', SERVICE);
    const github = run(['upcoming', '--today', SIXTY_DAYS_BEFORE, '--format', 'github', ...CATALOG], repo);
    expect(github.stdout).toBe(
      "::error file=app/summarize.py,line=3,col=25,title=bedrock-models no-deprecated-model-id::'anthropic.claude-3-haiku-20240307-v1:0' is due: end of life on 2026-09-10 in us-west-2 (60 days after 2026-07-12).\n",
    );
    const sarif = JSON.parse(run(['upcoming', '--today', SIXTY_DAYS_BEFORE, '--format', 'sarif', ...CATALOG], repo).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; level: string }> }>;
    };
    expect(sarif.runs[0]!.results.map((item) => [item.ruleId, item.level])).toEqual([['no-deprecated-model-id', 'error']]);
  });

  it('leaves out a reference whose no-deprecated-model-id findings are suppressed on its line', () => {
    const repo = scratch('upcoming-suppressed', {
      'a.py':
        'A = "anthropic.claude-3-haiku-20240307-v1:0"  # bedrock-models: ignore[no-deprecated-model-id]\n# bedrock-models: ignore[no-unknown-model-id]\nB = "anthropic.claude-3-haiku-20240307-v1:0"\n',
    });
    const report = JSON.parse(run(['upcoming', '--format', 'json', '--today', SIXTY_DAYS_BEFORE, ...CATALOG], repo).stdout) as {
      upcoming: Array<{ line: number }>;
    };
    expect(report.upcoming.map((entry) => entry.line)).toEqual([3]);
  });

  it('rejects a --days that is not a whole number', () => {
    const result = run(['upcoming', '--days', 'soon'], scratch('upcoming-usage', {}));
    expect(result.stderr).toContain("'--days' must be a whole number of days, not 'soon'");
    expect(result.status).toBe(2);
  });
});

describe('check --end-of-life-within', () => {
  it('reports an ACTIVE model inside the window as no-deprecated-model-id, and nothing outside it', () => {
    const repo = scratch('eol-within', SERVICE);
    const within = run(['check', '--end-of-life-within', '90', '--today', SIXTY_DAYS_BEFORE, ...CATALOG], repo);
    expect(within.stdout).toBe(
      "app/summarize.py:3:25  warning  'anthropic.claude-3-haiku-20240307-v1:0' reaches its end of life in us-west-2 on 2026-09-10, 60 days after 2026-07-12.  (no-deprecated-model-id)\n\n✖ 1 problem (0 errors, 1 warning)\n",
    );
    expect(within.status).toBe(0);
    expect(run(['check', '--end-of-life-within', '59', '--today', SIXTY_DAYS_BEFORE, ...CATALOG], repo).stdout).toBe('✔ No problems in 2 files checked.\n');
    expect(run(['check', '--today', SIXTY_DAYS_BEFORE, ...CATALOG], repo).stdout).toBe('✔ No problems in 2 files checked.\n');
  });
});

describe('upcoming --application-profile', () => {
  const ARN = 'arn:aws:bedrock:us-west-2:123456789012:application-inference-profile/h41ku';
  const repo = (): string =>
    scratch('upcoming-aip', {
      'app/chat.py': [
        'import boto3',
        'client = boto3.client("bedrock-runtime", region_name="us-west-2")',
        `client.converse(modelId="${ARN}", messages=[])`,
        '',
      ].join('\n'),
    });

  it("lists a mapped application inference profile by its model's dates, in the ARN's region", () => {
    const result = run(
      [
        'upcoming',
        '--days',
        '90',
        '--today',
        SIXTY_DAYS_BEFORE,
        '--format',
        'json',
        ...CATALOG,
        '--application-profile',
        `${ARN}=anthropic.claude-3-haiku-20240307-v1:0`,
      ],
      repo(),
    );
    const report = JSON.parse(result.stdout) as { upcoming: Array<Record<string, unknown>> };
    expect(report.upcoming).toEqual([
      expect.objectContaining({
        id: ARN,
        modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
        dates: [{ kind: 'end-of-life', date: '2026-09-10', days: 60, region: 'us-west-2' }],
      }),
    ]);
    expect(result.status).toBe(1);
  });

  it('leaves an application inference profile it is not told about alone', () => {
    const result = run(['upcoming', '--days', '90', '--today', SIXTY_DAYS_BEFORE, ...CATALOG], repo());
    expect(result.stdout).toBe('✔ No model in 1 file becomes legacy, enters extended access or reaches its end of life within 90 days of 2026-07-12.\n');
    expect(result.status).toBe(0);
  });
});
