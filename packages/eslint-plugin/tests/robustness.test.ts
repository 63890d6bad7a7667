import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, listFiles, sample } from '../scripts/robustness.js';

const root = join(import.meta.dirname, '..', '..', '..', 'node_modules');
// What a report may point at: a model ID, profile ID or model ARN (a known provider, a dot, a model name).
const MODEL_ID =
  /(?:^|[^a-z0-9])(?:(?:us|eu|apac|jp|au|ca|in|us-gov|global)\.)?(?:ai21|amazon|anthropic|cohere|deepseek|google|luma|meta|minimax|mistral|moonshot|moonshotai|nvidia|openai|qwen|stability|twelvelabs|writer|xai|zai)\.[a-z0-9]/;

describe('robustness on real code nobody here wrote', () => {
  it('lints a fixed sample of 3,000 files from node_modules: no crash, reports only on model IDs', () => {
    const files = sample(listFiles(join(root, '.pnpm')), 3000);
    expect(files.length).toBeGreaterThanOrEqual(3000);
    // A control file, so that "no reports" cannot mean "no rule ran".
    const control = join(mkdtempSync(join(tmpdir(), 'bedrock-models-')), 'control.js');
    writeFileSync(
      control,
      `const client = new BedrockRuntimeClient({ region: 'us-east-1' });\nclient.send(new ConverseCommand({ modelId: 'anthropic.claude-v2' }));\n`,
    );
    const result = lintFiles([...files, control], root);
    expect(result.crashes).toEqual([]);
    expect(result.findings.filter((finding) => finding.file.endsWith('control.js')).map((finding) => finding.ruleId)).toEqual([
      '@bedrock-models/no-deprecated-model-id',
    ]);
    for (const finding of result.findings) expect(finding.text, `${finding.file}:${finding.line}: ${finding.message}`).toMatch(MODEL_ID);
    // The budget guards against a hang, not slowness: about 80 s on an idle 2-core machine, 390 s seen at a
    // load average of 20.
  }, 1_200_000);
});
