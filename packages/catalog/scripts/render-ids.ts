import type { BedrockCatalog } from '../src/catalog.ts';

/** `anthropic.claude-3-haiku-20240307-v1:0` → `ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0` */
export function constantName(id: string): string {
  return id.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

function deprecationDoc(catalog: BedrockCatalog, id: string): string | null {
  const report = catalog.lifecycle(id);
  if (!report || report.stage === 'ACTIVE') return null;
  const life = report.lifecycle;
  const facts = [
    life?.legacy ? `legacy since ${life.legacy.slice(0, 10)}` : null,
    life?.extendedAccess ? `public extended access from ${life.extendedAccess.slice(0, 10)}` : null,
    life?.endOfLife ? `end of life ${life.endOfLife.slice(0, 10)}` : null,
  ].filter(Boolean);
  const stage = report.stage === 'LEGACY' ? 'LEGACY' : 'past its end of life';
  const replacement = report.replacement ? ` Use \`${report.replacement}\` instead.` : '';
  return `@deprecated ${stage}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}.${replacement}`;
}

function renderMap(catalog: BedrockCatalog, name: string, typeName: string, ids: string[], describe: (id: string) => string): string {
  const seen = new Map<string, string>();
  const lines = ids.map((id) => {
    const key = constantName(id);
    const clash = seen.get(key);
    if (clash) throw new Error(`Generated constant ${key} would name both ${clash} and ${id}`);
    seen.set(key, id);
    const deprecation = deprecationDoc(catalog, id);
    // Tags must start their own line for TypeScript (and so editors and no-deprecated) to read them.
    const docs = deprecation ? `/**\n   * ${describe(id)}\n   * ${deprecation}\n   */` : `/** ${describe(id)} */`;
    return `  ${docs}\n  ${key}: '${id}',`;
  });
  return `/** Every ${typeName === 'BedrockModelId' ? 'foundation-model' : 'inference-profile'} ID of the catalog by constant name; LEGACY ones are marked \`@deprecated\`. */\nexport const ${name} = {\n${lines.join('\n')}\n} as const;\n`;
}

function renderUnion(name: string, what: string, ids: string[]): string {
  const body = ids.length > 0 ? ids.map((id) => `\n  | '${id}'`).join('') : ' never';
  return `/** ${what} */\nexport type ${name} =${body};\n`;
}

/** The text of src/generated/ids.ts for a catalog. */
export function renderIdsModule(catalog: BedrockCatalog): string {
  const modelIds = Object.keys(catalog.data.models).sort();
  const profileIds = Object.keys(catalog.data.profiles).sort();
  return [
    '',
    renderUnion('BedrockModelId', 'Every foundation-model ID in the catalog.', modelIds),
    renderUnion('BedrockInferenceProfileId', 'Every system-defined inference-profile ID in the catalog.', profileIds),
    renderMap(catalog, 'BedrockModels', 'BedrockModelId', modelIds, (id) => `${catalog.model(id)!.provider} ${catalog.model(id)!.name}.`),
    renderMap(catalog, 'BedrockInferenceProfiles', 'BedrockInferenceProfileId', profileIds, (id) => `${catalog.profile(id)!.name}.`),
  ].join('\n');
}
