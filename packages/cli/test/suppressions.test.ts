import { describe, expect, it } from 'vitest';
import type { ReportedProblem } from '../src/scan/rules.ts';
import { applySuppressions, findSuppressions } from '../src/scan/suppressions.ts';
import { PYTHON_SERVICE, run, scratch, TEST_CAPABILITIES, TEST_CATALOG } from './helpers.js';

const CATALOG = ['--catalog', TEST_CATALOG, '--capabilities', TEST_CAPABILITIES];

function problem(line: number, rule: ReportedProblem['rule'] = 'no-unknown-model-id'): ReportedProblem {
  return { line, column: 1, rule, severity: 'warning', messageId: 'm', message: `finding on ${line}`, id: 'x', regions: [], suggestions: [] };
}

describe('findSuppressions', () => {
  it('reads # comments in Python, YAML, TOML and .env, with rule lists, alone (covering the next line) or trailing', () => {
    const text = [
      'a = 1  # bedrock-models: ignore[no-unknown-model-id, require-inference-profile]',
      '# bedrock-models: ignore',
      'b = 2',
      '#bedrock-models:ignore[]',
    ].join('\n');
    for (const name of ['x.py', 'x.yaml', 'x.yml', 'x.toml', '.env', '.env.local', 'prod.env']) {
      expect(
        findSuppressions(text, name).map(({ line, column, rules, lines }) => ({ line, column, rules, lines: [...lines] })),
        name,
      ).toEqual([
        { line: 1, column: 8, rules: ['no-unknown-model-id', 'require-inference-profile'], lines: [1] },
        { line: 2, column: 1, rules: null, lines: [2, 3] },
        { line: 4, column: 1, rules: [], lines: [4, 5] },
      ]);
    }
  });

  it('reads # and // in Terraform, and ignores markers inside strings', () => {
    const text = [
      'model = "x" // bedrock-models: ignore',
      '  # bedrock-models: ignore[no-deprecated-model-id]',
      'url = "http://a # bedrock-models: ignore"',
    ].join('\n');
    expect(findSuppressions(text, 'main.tf').map((suppression) => [suppression.line, suppression.rules])).toEqual([
      [1, null],
      [2, ['no-deprecated-model-id']],
    ]);
    expect(findSuppressions('x = "# bedrock-models: ignore"\ny = \'// bedrock-models: ignore\'', 'a.py')).toEqual([]);
    // An apostrophe in a plain YAML scalar does not open a string.
    expect(findSuppressions("note: it's fine # bedrock-models: ignore", 'a.yaml')).toHaveLength(1);
    // No comment syntax in JSON; a word that only starts like the directive is not one.
    expect(findSuppressions('{"a": "# bedrock-models: ignore"}', 'a.json')).toEqual([]);
    expect(findSuppressions('# bedrock-models: ignored', 'a.py')).toEqual([]);
  });

  it('reads <!-- --> in Markdown: a comment alone covers the next line or the code block that opens there', () => {
    const text = [
      '<!-- bedrock-models: ignore[no-unknown-model-id] -->',
      '```python',
      'A = "x"',
      'B = "y"',
      '```',
      'text <!-- bedrock-models: ignore -->',
      '```yaml',
      'c: 1 # bedrock-models: ignore',
      '```',
    ].join('\n');
    expect(findSuppressions(text, 'README.md').map(({ line, rules, lines }) => ({ line, rules, lines: [...lines] }))).toEqual([
      { line: 1, rules: ['no-unknown-model-id'], lines: [1, 2, 3, 4, 5] },
      { line: 6, rules: null, lines: [6] },
      { line: 8, rules: null, lines: [8] },
    ]);
  });
});

describe('applySuppressions', () => {
  it('drops the findings a suppression covers, for the rules it names, and reports the unused ones', () => {
    const text = [
      'x  # bedrock-models: ignore[no-unknown-model-id]',
      'y  # bedrock-models: ignore[require-inference-profile]',
      '# bedrock-models: ignore',
      'z',
      '# bedrock-models: ignore[no-such-rule]',
    ].join('\n');
    const result = applySuppressions(text, 'a.py', [problem(1), problem(2), problem(4, 'no-deprecated-model-id')], 'warning');
    expect(result.map(({ line, rule, severity, message }) => ({ line, rule, severity, message }))).toEqual([
      { line: 2, rule: 'no-unknown-model-id', severity: 'warning', message: 'finding on 2' },
      { line: 2, rule: 'unused-suppression', severity: 'warning', message: "Unused suppression of 'require-inference-profile': it reports nothing on line 2." },
      {
        line: 5,
        rule: 'unused-suppression',
        severity: 'warning',
        message:
          "'no-such-rule' in 'bedrock-models: ignore[no-such-rule]' is not a rule bedrock-models reports; its rules are no-unknown-model-id, no-deprecated-model-id, no-region-unavailable-model-id, require-inference-profile, no-unsupported-model-operation, no-unsupported-model-feature, valid-inference-parameters, valid-invoke-model-body.",
      },
    ]);
    expect(
      applySuppressions(text, 'a.py', [problem(1), problem(4)], 'error')
        .filter((item) => item.rule === 'unused-suppression')
        .map((item) => item.severity),
    ).toEqual(['error', 'error']);
    expect(applySuppressions(text, 'a.py', [problem(1), problem(4)], 'off').map((item) => item.line)).toEqual([]);
  });

  it('reports a suppression of every rule that covers nothing, and leaves files without suppressions alone', () => {
    expect(applySuppressions('# bedrock-models: ignore\nok = 1', 'a.py', [], 'warning').map((item) => item.message)).toEqual([
      "Unused suppression 'bedrock-models: ignore': bedrock-models reports nothing on line 1 or 2.",
    ]);
    expect(applySuppressions('plain', 'a.py', [problem(1)], 'warning')).toEqual([problem(1)]);
  });
});

describe('check with suppressions', () => {
  const suppressed = PYTHON_SERVICE['app/chat.py']
    .replace('messages=messages)', 'messages=messages)  # bedrock-models: ignore[require-inference-profile,no-deprecated-model-id]')
    .replace('FALLBACK =', '# bedrock-models: ignore\nFALLBACK =')
    .replace('EMBEDDINGS =', '# bedrock-models: ignore[no-unknown-model-id]\nEMBEDDINGS =');

  it('silences the suppressed findings and reports the unused suppression as a warning (exit 0)', () => {
    const repo = scratch('suppress', { 'app/chat.py': suppressed });
    const result = run(['check', ...CATALOG], repo);
    expect(result.stdout).toBe(
      "app/chat.py:10:1  warning  Unused suppression of 'no-unknown-model-id': it reports nothing on line 10 or 11.  (unused-suppression)\n\n✖ 1 problem (0 errors, 1 warning)\n",
    );
    expect(result.status).toBe(0);
  });

  it('--report-unused-suppressions error fails the run; off hides them; a bad level is a usage error', () => {
    const repo = scratch('suppress-levels', { 'app/chat.py': suppressed });
    const strict = run(['check', '--report-unused-suppressions', 'error', '--format', 'json', ...CATALOG], repo);
    expect((JSON.parse(strict.stdout) as { errorCount: number }).errorCount).toBe(1);
    expect(strict.status).toBe(1);
    const off = run(['check', '--report-unused-suppressions', 'off', ...CATALOG], repo);
    expect(off.stdout).toBe('✔ No problems in 1 file checked.\n');
    const bad = run(['check', '--report-unused-suppressions', 'loud', ...CATALOG], repo);
    expect(bad.stderr).toContain("option '--report-unused-suppressions' must be one of off, warn, error, not 'loud'");
    expect(bad.status).toBe(2);
  });

  it('applies in Markdown code blocks, Terraform and YAML', () => {
    const repo = scratch('suppress-kinds', {
      'README.md':
        '<!-- bedrock-models: ignore -->\n```python\nM = "anthropic.claude-3-haiku-2024307-v1:0"\n```\n\n```python\nN = "anthropic.claude-3-haiku-2024307-v1:0"\n```\n',
      'main.tf':
        'locals {\n  a = "anthropic.claude-3-haiku-2024307-v1:0" // bedrock-models: ignore\n  b = "anthropic.claude-3-haiku-2024307-v1:0" # bedrock-models: ignore[no-unknown-model-id]\n}\n',
      'config.yaml': 'model: anthropic.claude-3-haiku-2024307-v1:0 # bedrock-models: ignore\nother: anthropic.claude-3-haiku-2024307-v1:0\n',
    });
    const result = run(['check', '--format', 'json', ...CATALOG], repo);
    const report = JSON.parse(result.stdout) as { results: Array<{ path: string; problems: Array<{ line: number; rule: string }> }> };
    expect(report.results.map((file) => [file.path, file.problems.map((item) => `${item.line} ${item.rule}`)])).toEqual([
      ['README.md', ['7 no-unknown-model-id']],
      ['config.yaml', ['2 no-unknown-model-id']],
    ]);
  });
});
