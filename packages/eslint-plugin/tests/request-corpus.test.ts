import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { testCapabilities } from './capabilities.js';
import corpusCatalog from './request-corpus/catalog.json' with { type: 'json' };

// Public failures in which a request (not only the model ID) failed at run time, as small cases of our own in
// tests/request-corpus/. A line ending in `// expect: <rule>` must be reported by that rule; every other line
// must be silent. `// case <repo#number>` opens a failure's section, `// correct:` the calls that must stay silent.

const REQUEST_RULES = ['no-unsupported-model-operation', 'no-unsupported-model-feature', 'valid-inference-parameters', 'valid-invoke-model-body'];
const corpus = join(import.meta.dirname, 'request-corpus');
const files = readdirSync(corpus)
  .filter((file) => file.endsWith('.ts'))
  .sort();

/** The 49 failures of the catchable classes (B-BODY … B-SYSTEM), each with the rule that catches it, or why none does. */
const FAILURES: Readonly<Record<string, string>> = {
  'BerriAI/litellm#30314': 'valid-invoke-model-body',
  'aws-samples/document-translation#60': 'valid-invoke-model-body',
  'aws-samples/serverless-pdf-chat#35': 'valid-invoke-model-body',
  'boto/boto3#4218': 'valid-invoke-model-body',
  'crmne/ruby_llm#586': 'valid-invoke-model-body',
  'diffbot/code-gpt-docs#300': 'valid-invoke-model-body',
  'fumito-ito/AnthropicSwiftSDK#19': 'valid-invoke-model-body',
  'langchain-ai/langchain#19549': 'valid-invoke-model-body',
  'pingcap/autoflow#574': 'valid-invoke-model-body',
  'spring-projects/spring-ai#404': 'valid-invoke-model-body',
  'earendil-works/pi#2053': 'no-unsupported-model-feature',
  'pensarai/apex#943': 'no-unsupported-model-feature',
  'strands-agents/harness-sdk#1807': 'no-unsupported-model-feature',
  'zeroclaw-labs/zeroclaw#7315': 'no-unsupported-model-feature',
  'ax-llm/ax#549': 'valid-invoke-model-body',
  'mem0ai/mem0#5670': 'valid-invoke-model-body',
  'run-llama/llama_index#10649': 'valid-invoke-model-body',
  'NousResearch/hermes-agent#55429': 'no-unsupported-model-feature',
  'anomalyco/opencode#50272': 'no-unsupported-model-feature',
  'boto/boto3#4415': 'no-unsupported-model-feature',
  'can1357/oh-my-pi#11685': 'no-unsupported-model-feature',
  'theopenco/llmgateway#2846': 'silent by design: the failure was a false refusal from stale data; the correct image request stays silent',
  'RooCodeInc/Roo-Code#248': 'valid-inference-parameters',
  'anthropics/anthropic-sdk-python#665': 'valid-invoke-model-body',
  'aws-samples/bedrock-access-gateway#41': 'valid-inference-parameters',
  'aws-solutions-library-samples/accelerated-intelligent-document-processing-on-aws#175': 'valid-inference-parameters',
  'charmbracelet/crush#946': 'valid-inference-parameters',
  'continuedev/continue#3342': 'valid-inference-parameters',
  'langgenius/dify#10390': 'valid-inference-parameters',
  'pollinations/pollinations#5503': 'valid-invoke-model-body',
  'vercel/ai#2772': 'valid-inference-parameters',
  'vertesia/llumiverse#562': 'valid-invoke-model-body',
  'pollinations/pollinations#11925': 'valid-inference-parameters',
  'theopenco/llmgateway#2778': 'no-unsupported-model-feature',
  'BerriAI/litellm#15070': 'valid-inference-parameters',
  'mem0ai/mem0#4147': 'valid-inference-parameters',
  'skydiscover-ai/skydiscover#15': 'valid-inference-parameters',
  // Caught where the user maps the profile to its model (`applicationInferenceProfiles`); unmapped, it stays silent.
  'aws-samples/sample-connector-for-bedrock#87': 'valid-inference-parameters',
  'aws-samples/amazon-bedrock-client-for-mac#112':
    'silent by design: streaming was refused in the launch month only; ListFoundationModels now reports it, and the same call is correct today',
  'earendil-works/pi#3739': 'no-unsupported-model-feature',
  'run-llama/llama_index#19655': 'no-unsupported-model-feature',
  '567-labs/instructor#1753': 'no-unsupported-model-feature',
  'epam/ai-dial-adapter-bedrock#181': 'no-unsupported-model-feature',
  'langchain-ai/langchain-aws#447': 'no-unsupported-model-feature',
  'MattJColes/lgtmaybe#70': 'no-unsupported-model-operation',
  'enricoros/big-AGI#1167': 'no-unsupported-model-operation',
  'strands-agents/harness-sdk#2629': 'no-unsupported-model-operation',
  'strands-agents/harness-sdk#3279': 'no-unsupported-model-operation',
  'apache/seatunnel#11548': 'no-unsupported-model-operation',
};

interface Section {
  failure: string | null;
  expected: Map<number, string[]>;
  reported: Map<number, string[]>;
}

function lint(code: string): Linter.LintMessage[] {
  const linter = new Linter();
  return linter.verify(
    code,
    [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
      {
        plugins: { '@bedrock-models': plugin as never },
        rules: Object.fromEntries(REQUEST_RULES.map((rule) => [`@bedrock-models/${rule}`, 'error'])),
        settings: {
          'bedrock-models': {
            catalog: corpusCatalog,
            capabilities: testCapabilities,
            applicationInferenceProfiles: { c0nnect0r087: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
          },
        },
      },
    ],
    'corpus.ts',
  );
}

// Each file's sections, with the rules expected and reported per line.
function sections(file: string): Section[] {
  const code = readFileSync(join(corpus, file), 'utf8');
  const lines = code.split('\n');
  const result: Section[] = [];
  const sectionOf: Section[] = [];
  let current: Section = { failure: null, expected: new Map(), reported: new Map() };
  result.push(current);
  lines.forEach((line, index) => {
    const opened = /^\/\/ case (\S+):/.exec(line);
    if (opened || line.startsWith('// correct:')) {
      current = { failure: opened ? opened[1]! : null, expected: new Map(), reported: new Map() };
      result.push(current);
    }
    const expect = /\/\/ expect: ([\w-]+(?:, [\w-]+)*)$/.exec(line);
    if (expect) current.expected.set(index + 1, expect[1]!.split(', '));
    sectionOf[index + 1] = current;
  });
  for (const message of lint(code)) {
    expect(message.fatal, message.message).toBeFalsy();
    const section = sectionOf[message.line]!;
    const rule = message.ruleId!.replace('@bedrock-models/', '');
    section.reported.set(message.line, [...new Set([...(section.reported.get(message.line) ?? []), rule])].sort());
  }
  return result;
}

const all = files.flatMap((file) => sections(file).map((section) => ({ file, ...section })));

describe('request corpus (plugin)', () => {
  it.each(files)('%s: every marked line is reported by its rules, and no other line is', (file) => {
    for (const section of all.filter((item) => item.file === file)) {
      const expected = Object.fromEntries([...section.expected].map(([line, rules]) => [line, [...rules].sort()]));
      expect(Object.fromEntries(section.reported), `${file} ${section.failure ?? 'correct'}`).toEqual(expected);
    }
  });

  it('models each of the 49 catchable failures, and catches the ones it says it catches with the right rule', () => {
    const modelled = new Map<string, Set<string>>();
    for (const section of all) {
      if (section.failure === null) continue;
      const rules = modelled.get(section.failure) ?? new Set();
      for (const lineRules of section.reported.values()) lineRules.forEach((rule) => rules.add(rule));
      modelled.set(section.failure, rules);
    }
    expect(Object.keys(FAILURES)).toHaveLength(49);
    for (const [failure, verdict] of Object.entries(FAILURES)) {
      if (verdict.startsWith('not caught')) continue;
      expect(modelled.has(failure), `${failure} has a case`).toBe(true);
      if (verdict.startsWith('silent')) expect([...modelled.get(failure)!], failure).toEqual([]);
      else expect([...modelled.get(failure)!], failure).toContain(verdict);
    }
    for (const failure of modelled.keys()) expect(Object.keys(FAILURES), `${failure} is one of the listed failures`).toContain(failure);
  });
});
