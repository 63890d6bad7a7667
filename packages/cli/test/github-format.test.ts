import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubReport, workflowCommand } from '../src/format/github.ts';
import { PYTHON_SERVICE, run, scratch, TEST_CAPABILITIES, TEST_CATALOG } from './helpers.js';

const CATALOG = ['--catalog', TEST_CATALOG, '--capabilities', TEST_CAPABILITIES];

describe('GitHub workflow commands', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('dir,with:odd%\nname.py')).toBe('dir%2Cwith%3Aodd%25%0Aname.py');
    expect(workflowCommand('error', { file: 'a,b.py', line: 3, col: 9, title: 'x: y' }, 'bad\nid')).toBe(
      '::error file=a%2Cb.py,line=3,col=9,title=x%3A y::bad%0Aid',
    );
  });

  it('writes one command per finding and a notice per skipped file, nothing for a clean run', () => {
    const finding = {
      line: 2,
      column: 5,
      rule: 'no-unknown-model-id',
      severity: 'warning',
      messageId: 'unknownId',
      message: "Unknown 'x'",
      id: 'x',
      regions: [],
      suggestions: [],
    } as const;
    expect(
      githubReport({
        filesChecked: 2,
        reports: [{ path: 'a.py', problems: [finding, { ...finding, severity: 'error', rule: 'require-inference-profile', line: 7 }] }],
        notes: [{ path: 'b.json', reason: 'binary', message: 'skipped: binary file' }],
        errorCount: 1,
        warningCount: 1,
      }),
    ).toBe(
      [
        "::warning file=a.py,line=2,col=5,title=bedrock-models no-unknown-model-id::Unknown 'x'",
        "::error file=a.py,line=7,col=5,title=bedrock-models require-inference-profile::Unknown 'x'",
        '::notice file=b.json,title=bedrock-models::skipped: binary file',
        '',
      ].join('\n'),
    );
    expect(githubReport({ filesChecked: 1, reports: [], notes: [], errorCount: 0, warningCount: 0 })).toBe('');
  });
});

describe('check --format github on a Python repository', () => {
  it('annotates each finding on its line and exits 1 on errors', () => {
    const repo = scratch('github', PYTHON_SERVICE);
    const result = run(['check', '--format', 'github', ...CATALOG], repo);
    const lines = result.stdout.trim().split('\n');
    expect(lines.map((line) => /^::(\w+) file=([^,]+),line=(\d+),col=(\d+),title=bedrock-models ([\w-]+)::/.exec(line)?.slice(1))).toEqual([
      ['warning', 'app/chat.py', '6', '36', 'no-deprecated-model-id'],
      ['error', 'app/chat.py', '6', '36', 'require-inference-profile'],
      ['warning', 'app/chat.py', '8', '12', 'no-unknown-model-id'],
    ]);
    expect(lines[1]).toContain("Call it through an inference profile: 'us.anthropic.claude-3-5-haiku-20241022-v1:0'.");
    expect(result.status).toBe(1);
  });
});
