import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, PACKAGE_ROOT, run, TEST_CAPABILITIES, TEST_CATALOG } from './helpers.js';

const EXPECTED = join(PACKAGE_ROOT, 'test', 'fixtures', 'expected');
const CATALOG = ['--catalog', TEST_CATALOG, '--capabilities', TEST_CAPABILITIES];
let project: string;

beforeAll(() => {
  project = fixtureCopy('project');
});

describe('check: stylish output', () => {
  it('reports every finding of the fixture tree, grouped by file, and exits 1 on errors', () => {
    const result = run(['check', ...CATALOG], project);
    expect(result.stdout).toBe(readFileSync(join(EXPECTED, 'project.stylish.txt'), 'utf8'));
    expect(result.stderr).toBe('note: app-blob.json: skipped: binary file\n');
    expect(result.status).toBe(1);
  });

  it('exits 0 when only warnings are found, and says so', () => {
    const result = run(['check', 'config/settings.toml', ...CATALOG], project);
    expect(result.stdout).toBe(
      "config/settings.toml:4:9  warning  'anthropic.claude-3-7-sonnet-20250219-v1:0' is a LEGACY model: new accounts cannot use it, and AWS cuts off an account's access after a period without use.  (no-deprecated-model-id)\n" +
        '\n✖ 1 problem (0 errors, 1 warning)\n',
    );
    expect(result.status).toBe(0);
  });

  it('says how many files were clean when nothing is found', () => {
    const result = run(['check', 'infra/main.tf', ...CATALOG], project);
    expect(result.stdout).toBe('✔ No problems in 1 file checked.\n');
    expect(result.status).toBe(0);
  });

  it('judges the values a configuration hands to a call in the --region given, and lists of models in no region', () => {
    const result = run(['check', 'config/models.json', 'config/app.yaml', '--region', 'eu-central-1', ...CATALOG], project);
    // `"fallbacks": [...]` only lists models; `modelId:` in app.yaml is what the service calls.
    expect(result.stdout).not.toContain('config/models.json:4:17  error');
    expect(result.stdout).not.toContain('config/models.json:4:42  error');
    expect(result.stdout).toContain(
      "config/app.yaml:8:12  error    'cohere.command-r-v1:0' is not offered in eu-central-1; it is offered in us-east-1 and us-west-2.",
    );
    expect(result.status).toBe(1);
  });

  it('a region_name in the Python file wins over --region', () => {
    const result = run(['check', 'app/invoke.py', '--region', 'eu-west-1', ...CATALOG], project);
    expect(result.stdout).toContain('cannot be invoked on demand in us-east-1');
    expect(result.stdout).not.toContain('eu-west-1');
  });
});

describe('check: what is not reported', () => {
  it('never reports ordinary strings: domains, file names, dotted keys, non-model ARNs, IAM wildcards, keys, prose', () => {
    const result = run(['check', '--format', 'json', '--region', 'us-east-1', ...CATALOG], project);
    const report = JSON.parse(result.stdout) as { results: Array<{ path: string; problems: Array<{ id: string; line: number }> }> };
    const ids = report.results.flatMap((file) => file.problems.map((problem) => problem.id));
    for (const ordinary of [
      'https://aws.amazon.com/bedrock/',
      'amazon.config.json',
      'botocore.credentials',
      'arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123',
      'arn:aws:bedrock:*::foundation-model/*',
      'https://www.amazon.com',
      'amazon.bedrock.runtime',
      'amazon.bedrock.log',
      'bedrock-runtime.us-east-1.amazonaws.com',
      'my-bucket.s3.amazonaws.com',
      'app.example.com',
      'app.handler',
    ]) {
      expect(ids).not.toContain(ordinary);
    }
    // A JSON key and a TOML table name are names, not values; Markdown prose is not code.
    const models = report.results.find((file) => file.path === 'config/models.json')!;
    expect(models.problems.map((problem) => problem.line)).not.toContain(5);
    const docs = report.results.find((file) => file.path === 'docs/usage.md')!;
    expect(docs.problems.map((problem) => problem.line)).not.toContain(3);
  });
});

describe('check: .gitignore, node_modules, binaries, size limit', () => {
  it('honours the root and nested .gitignore files (globs, negation, folders) and skips node_modules', () => {
    const result = run(['check', '--format', 'json', ...CATALOG], project);
    const paths = (JSON.parse(result.stdout) as { results: Array<{ path: string }> }).results.map((file) => file.path);
    expect(paths).not.toContain('ignored/old.py'); // ignored/ (a folder pattern)
    expect(paths).not.toContain('config/dev.local.json'); // *.local.json
    expect(paths).toContain('config/keep.local.json'); // !keep.local.json
    expect(paths).not.toContain('app/generated/client.py'); // app/.gitignore: generated/
    expect(paths).not.toContain('node_modules/pkg/index.py');
  });

  it('checks a file named on the command line', () => {
    const result = run(['check', 'ignored/old.py', ...CATALOG], project);
    expect(result.stdout).toContain("ignored/old.py:1:9  warning  'anthropic.claude-instant-v1' is retired");
  });

  it('skips binary files and files over the size limit, with a note', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bedrock-models-big-'));
    writeFileSync(join(folder, 'big.json'), `[${'"anthropic.claude-v2",'.repeat(60_000)}"x"]`);
    writeFileSync(join(folder, 'small.py'), 'MODEL = "anthropic.claude-v2"\n');
    const result = run(['check', ...CATALOG], folder);
    expect(result.stderr).toBe('note: big.json: skipped: 1.3 MiB, over the 1.0 MiB limit\n');
    expect(result.stdout).toContain('small.py:1:9  warning');
    const larger = run(['check', '--max-file-size', '2000000', '--format', 'json', ...CATALOG], folder);
    expect((JSON.parse(larger.stdout) as { filesChecked: number }).filesChecked).toBe(2);
  });
});

describe('check: json and sarif', () => {
  it('prints the exact JSON report', () => {
    const result = run(['check', 'config/settings.toml', '.env', '--format', 'json', ...CATALOG], project);
    expect(result.stdout).toBe(readFileSync(join(EXPECTED, 'config-and-env.json'), 'utf8'));
    expect(result.status).toBe(0);
  });

  it('prints a valid SARIF 2.1.0 log with rules, levels and locations', () => {
    const result = run(['check', '--format', 'sarif', ...CATALOG], project);
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    const { driver } = sarifRun!.tool;
    expect(driver.name).toBe('bedrock-models');
    expect(driver.rules.map((rule) => rule.id)).toEqual([
      'no-unknown-model-id',
      'no-deprecated-model-id',
      'no-region-unavailable-model-id',
      'require-inference-profile',
      'no-unsupported-model-operation',
      'no-unsupported-model-feature',
      'valid-inference-parameters',
      'valid-invoke-model-body',
      'unused-suppression',
    ]);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).toMatch(/^(Disallow|Require|Enforce|Report) /);
      expect(rule.helpUri).toBe(
        rule.id === 'unused-suppression'
          ? 'https://github.com/bedrock-models/bedrock-models/tree/main/packages/cli#inline-suppressions'
          : `https://github.com/bedrock-models/bedrock-models/blob/main/packages/eslint-plugin/docs/rules/${rule.id}.md`,
      );
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
    expect(sarifRun!.results).toHaveLength(16);
    for (const item of sarifRun!.results) {
      expect(driver.rules[item.ruleIndex]!.id).toBe(item.ruleId);
      expect(['error', 'warning']).toContain(item.level);
      expect(item.message.text.length).toBeGreaterThan(10);
      const [location] = item.locations;
      expect(location!.physicalLocation.artifactLocation.uri).toMatch(/^[^/][\w./-]+$/);
      expect(location!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(location!.physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(location!.physicalLocation.region.startColumn).toBeGreaterThan(0);
    }
    expect(sarifRun!.results.filter((item) => item.level === 'error')).toHaveLength(4);
    const template = sarifRun!.results.find((item) => item.locations[0]!.physicalLocation.artifactLocation.uri === 'infra/template.yaml')!;
    expect(template.locations[0]!.physicalLocation.region).toEqual({ startLine: 10, startColumn: 22 });
    expect(sarifRun!.invocations[0]!.toolExecutionNotifications.map((note) => note.message.text)).toEqual(['app-blob.json: skipped: binary file']);
  });
});

describe('check: usage', () => {
  it.each([
    [['check', '--format', 'xml'], "option '--format' must be one of stylish, json, sarif, github, not 'xml'"],
    [['check', '--region', 'useast1'], '\'--region\' must be an AWS region code such as "us-east-1", not "useast1"'],
    // The ESLint plugin refuses the same value in settings['bedrock-models'].regions with the same suggestion.
    [['check', '--region', 'us-esat-1'], '\'--region\' is "us-esat-1", which is not an AWS region; did you mean "us-east-1"?'],
    [['check', 'no/such/folder'], 'no such file or folder: no/such/folder'],
    [['check', '--fix'], "unknown option '--fix'"],
    [['check', '--today', '2026-13-45'], '\'--today\' must be a date written YYYY-MM-DD, such as "2026-03-01", not "2026-13-45"'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('%j exits 2', (args, message) => {
    const result = run(args, project);
    expect(result.stderr).toBe(`bedrock-models: ${message}\nRun 'bedrock-models --help' for usage.\n`);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('exits 2 and prints the usage without a command', () => {
    const result = run([], project);
    expect(result.stderr).toContain('Usage: bedrock-models <command> [options]');
    expect(result.status).toBe(2);
  });

  it('rejects a catalog file that is not a catalog', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bedrock-models-catalog-'));
    mkdirSync(join(folder, 'src'));
    writeFileSync(join(folder, 'bad.json'), '{}');
    const result = run(['check', 'src', '--catalog', 'bad.json'], folder);
    expect(result.stderr).toMatch(/^bedrock-models: 'bad\.json' is not a valid catalog\. Invalid Bedrock model catalog/);
    expect(result.status).toBe(2);
  });
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: {
      driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }> };
    };
    invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }>;
    }>;
  }>;
}
