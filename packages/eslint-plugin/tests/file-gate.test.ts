import { BedrockCatalog, GEO_PREFIXES } from '@bedrock-models/catalog';
import { describe, expect, it } from 'vitest';
import { mayConcernBedrock, minimalTerms } from '../src/util/file-gate.js';
import { testCatalog } from './catalog.js';
import { lintWithAllRules } from './lint.js';

// The gate turns a file away before any listener is registered, so it may only turn away text in which no rule could
// report. The rule tests and corpora check it on every case they report; these check it on every way an ID can be
// written, on the shapes that are reported with no "bedrock" anywhere in the file, and that it does turn away the
// code it exists for.

const catalogs: Array<[string, BedrockCatalog]> = [
  ['test catalog', BedrockCatalog.of(testCatalog)],
  ['bundled catalog', BedrockCatalog.bundled()],
];

describe.each(catalogs)('the file gate (%s)', (_, catalog) => {
  const { models, retired, profiles } = catalog.data;
  const ids = [...Object.keys(models), ...Object.keys(retired), ...Object.keys(profiles)];

  it('lets through every ID, profile and retired ID, however quoted, and their typos past the provider', () => {
    const written = ids.flatMap((id) => [id, `${id.slice(0, -1)}x`, id.replace(/:\d+$/, '')]);
    const missed = written
      .flatMap((id) => [`'${id}'`, `"${id}"`, `\`${id}\``, `const x = {\n  model:'${id}' }`])
      .filter((code) => !mayConcernBedrock(`f(${code});`, catalog));
    expect(written.length).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it('lets through a profile built from a geo, and an ID built from its provider', () => {
    const missed: string[] = [];
    for (const id of ids) {
      const dot = id.indexOf('.');
      const [head, tail] = [id.slice(0, dot), id.slice(dot + 1)];
      const forms = [
        ...((GEO_PREFIXES as readonly string[]).includes(head) ? [`const model = \`\${geo}.${tail}\`;`] : []),
        `const head = '${head}'; const model = \`\${head}.\${name}\`;`,
        `const head = "${head}"; const model = head + '.' + name;`,
        `const model = \`\${prefix}${id}\`;`,
      ];
      for (const code of forms) if (!mayConcernBedrock(code, catalog)) missed.push(code);
    }
    expect(missed).toEqual([]);
  });

  it('lets through every geo prefix written as a value', () => {
    expect(GEO_PREFIXES.filter((geo) => !mayConcernBedrock(`const geo = '${geo}';`, catalog))).toEqual([]);
  });

  it('turns away ordinary code', () => {
    const ordinary = [
      `import { readFile } from 'node:fs/promises';\nconst here = new URL('.', import.meta.url);\nexport const main = async () => JSON.parse(await readFile(here, 'utf8'));`,
      `global.fetch = undefined;\nif (response.status.code === 404) throw new Error(\`\${name}.json was not found\`);`,
      `const s3 = new S3Client({ region: 'us-east-1' });\nawait s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'data.json' }));`,
      `export const locale = { en: 'English', de: 'Deutsch' };\nconst key = \`\${section}.\${field}\`;`,
      `const client = new OpenAI(); await client.chat.completions.create({ model: 'gpt-4o', messages });`,
    ];
    expect(ordinary.filter((code) => mayConcernBedrock(code, catalog))).toEqual([]);
  });
});

describe('what the gate lets through is still reported', () => {
  // Neither file says "bedrock": the command's class is imported through a module of the project, and an invoke path
  // carries the ID. Both are reported, as they were before the gate.
  it('a command imported through a local module, with an Anthropic API name', () => {
    const code = `import { client, ConverseCommand } from './aws';\nawait client.send(new ConverseCommand({ modelId: 'claude-3-5-sonnet-20241022', messages: [] }));\n`;
    expect(code).not.toMatch(/bedrock/i);
    expect(lintWithAllRules(code).map((message) => message.ruleId)).toContain('@bedrock-models/no-unknown-model-id');
  });

  it("Strands' Agent, a common name accepted only when imported from Strands", () => {
    const code = `import { Agent } from '@strands-agents/sdk';\nexport const agent = new Agent({ model: 'claude-3-5-sonnet-20241022' });\n`;
    expect(code).not.toMatch(/bedrock/i);
    expect(lintWithAllRules(code).map((message) => message.ruleId)).toContain('@bedrock-models/no-unknown-model-id');
  });

  it('an ID assembled from a geo constant', () => {
    const code = `const geo = 'us';\nexport const MODEL = \`\${geo}.anthropic.claude-sonnet-9-0\`;\n`;
    expect(code).not.toMatch(/bedrock/i);
    expect(lintWithAllRules(code).map((message) => message.ruleId)).toContain('@bedrock-models/no-unknown-model-id');
  });
});

describe('minimalTerms', () => {
  it('keeps only the terms that contain no other', () => {
    expect(minimalTerms(['CreateAgentCommand', 'Agent', 'CfnAgent', 'ConverseCommand', 'ConverseStreamCommand', 'ConverseCommand'])).toEqual([
      'Agent',
      'ConverseCommand',
      'ConverseStreamCommand',
    ]);
  });
});
