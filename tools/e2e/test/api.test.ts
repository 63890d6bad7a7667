// Suggestions as an editor sees them: ESLint's Node API (what editor integrations call), loaded from the
// scratch project's own eslint, on the installed tarballs.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ESLintModule from 'eslint';
import { describe, expect, inject, it } from 'vitest';
import { MAJORS, read, scratchProject } from '../src/harness.ts';

/** Each report that should carry suggestions: where, which rule, and the ID each suggestion writes instead. */
const SUGGESTIONS = [
  {
    file: 'src/chat/handler.ts',
    line: 10,
    ruleId: '@bedrock-models/require-inference-profile',
    from: 'meta.llama3-3-70b-instruct-v1:0',
    to: ['us.meta.llama3-3-70b-instruct-v1:0'],
  },
  {
    file: 'src/config/models.ts',
    line: 4,
    ruleId: '@bedrock-models/no-unknown-model-id',
    from: 'anthropic.claude-3-haiku-2024307-v1:0',
    to: ['anthropic.claude-3-haiku-20240307-v1:0'],
  },
  {
    file: 'src/config/models.ts',
    line: 6,
    ruleId: '@bedrock-models/no-deprecated-model-id',
    from: 'amazon.titan-text-express-v1',
    to: ['amazon.nova-lite-v1:0'],
  },
  {
    file: 'src/embeddings/job.ts',
    line: 9,
    ruleId: '@bedrock-models/no-region-unavailable-model-id',
    from: 'eu.amazon.nova-lite-v1:0',
    to: ['us.amazon.nova-lite-v1:0'],
  },
  // No inference profile reaches this model from us-west-2: the message names where it is offered instead.
  { file: 'src/search/index.ts', line: 8, ruleId: '@bedrock-models/no-region-unavailable-model-id', from: 'amazon.nova-2-multimodal-embeddings-v1:0', to: [] },
];

async function loadESLint(project: string): Promise<typeof ESLintModule.ESLint> {
  const entry = createRequire(join(project, 'package.json')).resolve('eslint');
  const module = (await import(pathToFileURL(entry).href)) as typeof ESLintModule & { default?: typeof ESLintModule };
  return module.ESLint ?? module.default!.ESLint;
}

describe.each(MAJORS)('eslint %i Node API', (major) => {
  it('runs the expected ESLint major', async () => {
    const ESLint = await loadESLint(scratchProject(inject('root'), inject('installed')[major]!));
    expect(ESLint.version).toMatch(new RegExp(`^${major}\\.`));
  });

  it('every report carries its suggestions, and applying each yields the expected file', async () => {
    const project = scratchProject(inject('root'), inject('installed')[major]!);
    const ESLint = await loadESLint(project);
    const eslint = new ESLint({ cwd: project });
    const results = await eslint.lintFiles(['src']);
    const messages = results.flatMap((result) => result.messages.map((message) => ({ ...message, file: result.filePath.slice(project.length + 1) })));
    expect(messages.map(({ file, line, ruleId }) => ({ file, line, ruleId }))).toEqual(SUGGESTIONS.map(({ file, line, ruleId }) => ({ file, line, ruleId })));

    for (const expected of SUGGESTIONS) {
      const message = messages.find(({ file, line, ruleId }) => file === expected.file && line === expected.line && ruleId === expected.ruleId)!;
      const suggestions = message.suggestions ?? [];
      expect(suggestions, `${expected.file}:${expected.line}`).toHaveLength(expected.to.length);
      const text = read(project, expected.file);
      for (const [index, suggestion] of suggestions.entries()) {
        const id = expected.to[index]!;
        expect(suggestion.desc).toContain(id);
        const applied = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]);
        expect(applied).toBe(text.replace(`'${expected.from}'`, `'${id}'`));
        // What the editor shows next: the buffer, linted again, no longer has that report.
        const [after] = await eslint.lintText(applied, { filePath: join(project, expected.file) });
        expect(after!.messages.filter(({ line, ruleId }) => line === expected.line && ruleId === expected.ruleId)).toEqual([]);
      }
    }
  });

  it('lintText on an unsaved buffer reports what lintFiles reports for the saved file', async () => {
    const project = scratchProject(inject('root'), inject('installed')[major]!);
    const ESLint = await loadESLint(project);
    const eslint = new ESLint({ cwd: project });
    const file = join(project, 'src/embeddings/job.ts');
    const [saved] = await eslint.lintFiles([file]);
    const [buffer] = await eslint.lintText(read(project, 'src/embeddings/job.ts'), { filePath: file });
    expect(buffer!.messages).toEqual(saved!.messages);
    expect(buffer!.messages).toHaveLength(1);
  });
});
