import {
  findModelId,
  idsInTemplateParts,
  isRegionCode,
  looksGenerated,
  modelArgument,
  occurrence,
  type Occurrence,
  type ShapeMatch,
} from '@bedrock-models/judge';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { editFor, type Edit } from './fix.js';
import { regionGuardOf } from './region-guard.js';
import { regionsOf, regionValues } from './region.js';
import { Resolver, type StaticString } from './resolve.js';
import { isSdkOperationCall } from './requests.js';
import type { ResolvedSettings } from './settings.js';
import { calleeName, keyOf, matchModelCall, type FileFacts, type ModelCall } from './call-shapes.js';
import { fileListeners, type Collected } from './file-analysis.js';

/** One model ID found in a file: what the shared judgement is asked about, and where it is written. */
export interface FoundOccurrence {
  occurrence: Occurrence;
  /** Where reports go: the string literal holding the ID (or its template); for values read from types, the expression. */
  node: TSESTree.Node;
  /** The whole string, with the source pieces it is made of (for edits). */
  string: StaticString;
  /** The span of the ID in `string.value`. */
  start: number;
  end: number;
  /** The ID is URL-encoded in the string (`%3A`). */
  encoded: boolean;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const MODEL_KEYS = new Set(['modelId', 'model', 'modelArn', 'foundationModel', 'modelIdentifier', 'modelName', 'defaultModelId']);
const REGION_KEYS = new Set(['region', 'awsRegion', 'modelRegion', 'bedrockRegion']);
// `id.startsWith('anthropic.claude-3')`, `new RegExp('…')`: a string used for matching, not as an ID.
const MATCHING_METHODS = new Set([
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'lastIndexOf',
  'match',
  'matchAll',
  'replace',
  'replaceAll',
  'split',
  'search',
  'test',
]);
// How far up a string's containers a region key is looked for: `{ 'eu-west-1': { chat: 'eu.anthropic…' } }`.
const REGION_KEY_DEPTH = 4;

/**
 * The listeners every ID rule registers, and the occurrences they produce. The file's one traversal collects the
 * candidates for all rules (`file-analysis.ts`), and the analysis (resolution, call shapes, regions) runs once per
 * file, for the first ID rule to ask; the others read its result.
 */
export function occurrenceListeners(context: Context, onOccurrence: (found: FoundOccurrence, settings: ResolvedSettings) => void): TSESLint.RuleListener {
  return fileListeners(context, (analysis) => {
    const found = (analysis.ids ??= analyze(analysis.collected, context, analysis.settings)) as FoundOccurrence[];
    for (const occurrence of found) onOccurrence(occurrence, analysis.settings);
  });
}

/** The edit that replaces the judged ID of an occurrence by `newId`, keeping quotes, the ARN or URL around it, and encoding. */
export function replaceId(sourceCode: Readonly<TSESLint.SourceCode>, found: FoundOccurrence, newId: string): Edit | null {
  const text = found.encoded ? newId.replace(/:/g, '%3A') : newId;
  const { value } = found.string;
  return editFor(sourceCode, found.string, value.slice(0, found.start) + text + value.slice(found.end));
}

function analyze(collected: Collected, context: Context, settings: ResolvedSettings): FoundOccurrence[] {
  // Most files of a code base hold neither a candidate string nor a call that may take a model ID.
  const { literals, modelCalls, localCalls, providerNames, clients } = collected;
  if (literals.length === 0 && modelCalls.length === 0) return [];
  const { sourceCode } = context;
  const resolver = new Resolver(sourceCode);
  const { catalog } = settings;
  const generated = looksGenerated(context.filename, sourceCode.text);
  const facts: FileFacts = {
    anthropicBedrockClients: clients.filter((client) => calleeName(client.callee) === 'AnthropicBedrock'),
    otherAnthropicClients: collected.otherAnthropicClients,
  };
  const found: FoundOccurrence[] = [];
  const claimed = new Set<TSESTree.Node>();
  const providerCalls = providerNames ? localCalls.filter((call) => providerNames.has((call.callee as TSESTree.Identifier).name)) : [];
  for (const call of providerCalls.length > 0 ? [...modelCalls, ...providerCalls] : modelCalls) {
    const modelCall = matchModelCall(call, resolver, facts);
    if (!modelCall) continue;
    let callRegions: string[] | undefined;
    for (const expression of modelCall.models) {
      for (const string of resolver.strings(expression)) {
        if (modelCall.accepts && !modelCall.accepts(string.value)) continue;
        const match = modelArgument(string.value, catalog);
        if (!match) continue;
        callRegions ??= regionsOf(modelCall.region, resolver, clients);
        found.push(inCall(string, match, modelCall, callRegions, generated));
        if (!string.typed) claimed.add(string.node);
      }
    }
  }
  for (const node of literals) {
    if (claimed.has(node) || isMatchingPosition(node)) continue;
    const strings = node.type === 'Literal' ? resolver.strings(node) : resolver.strings(node, 1);
    if (strings.length === 0 && node.type === 'TemplateLiteral') {
      found.push(...templateParts(node, settings, generated));
      continue;
    }
    for (const string of strings) {
      const match = findModelId(string.value, catalog);
      if (match) found.push(elsewhere(string, match, ownRegions(node, match, resolver), generated));
    }
  }
  return found;
}

// The model argument of a Bedrock call: judged in the call's regions, or in the regions a region test around it admits.
function inCall(string: StaticString, match: ShapeMatch, modelCall: ModelCall, callRegions: readonly string[], generated: boolean): FoundOccurrence {
  const guard = guardOf(string, modelCall.node);
  const regions = match.region ? [match.region] : guard?.kind === 'regions' ? guard.regions : callRegions;
  return located(string, match, {
    strength: 'strong',
    site: 'call',
    onDemand: modelCall.onDemand || match.onDemand,
    regions,
    regionUnknowable: guard?.kind === 'unknowable' && match.region === null,
    typed: string.typed,
    generated,
    endpoint: modelCall.endpoint ?? null,
    ...(isSdkOperationCall(modelCall.node) ? { sdkOperation: true } : {}),
  });
}

// Any other string shaped like an ID: a region construct when the code names its region, else a description.
function elsewhere(string: StaticString, match: ShapeMatch, regions: readonly string[], generated: boolean): FoundOccurrence {
  return located(string, match, {
    strength: match.strength,
    site: regions.length > 0 ? 'region-construct' : 'elsewhere',
    onDemand: match.onDemand,
    regions,
    typed: string.typed,
    generated,
  });
}

function located(string: StaticString, match: ShapeMatch, facts: Partial<Omit<Occurrence, 'id'>>): FoundOccurrence {
  return { occurrence: occurrence(match.id, facts), node: string.node, string, start: match.start, end: match.end, encoded: match.encoded };
}

// A region test guarding a piece of the value (`region.startsWith('eu') ? 'eu' : 'us'`) or the call itself.
function guardOf(string: StaticString, call: TSESTree.Node): ReturnType<typeof regionGuardOf> {
  for (const part of string.parts) {
    const guard = part.node ? regionGuardOf(part.node) : null;
    if (guard) return guard;
  }
  return string.typed ? null : regionGuardOf(call);
}

/**
 * The region a string's own construct names: a runtime URL's host, a `region` beside a `modelId` in one object
 * (`{ modelId: 'us.anthropic…', region: 'us-west-2' }`), or a region-code key above it (`{ 'eu-west-1': 'eu.anthropic…' }`).
 */
function ownRegions(node: TSESTree.Node, match: ShapeMatch, resolver: Resolver): string[] {
  if (match.region) return [match.region];
  return pairedRegions(node, resolver) ?? regionKeyAbove(node) ?? [];
}

function pairedRegions(node: TSESTree.Node, resolver: Resolver): string[] | null {
  const property = node.parent;
  if (property?.type !== 'Property' || property.value !== node || property.parent.type !== 'ObjectExpression') return null;
  const key = keyOf(property);
  if (key === null || !MODEL_KEYS.has(key)) return null;
  for (const sibling of property.parent.properties) {
    if (sibling.type !== 'Property' || sibling === property) continue;
    const siblingKey = keyOf(sibling);
    if (siblingKey !== null && REGION_KEYS.has(siblingKey)) {
      const regions = regionValues(sibling.value, resolver);
      return regions.length > 0 ? regions : null;
    }
  }
  return null;
}

function regionKeyAbove(node: TSESTree.Node): string[] | null {
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < REGION_KEY_DEPTH && current.parent; depth++) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === 'Property' && parent.value === current) {
      const key = keyOf(parent);
      if (key !== null && isRegionCode(key)) return [key];
    } else if (
      parent.type !== 'ObjectExpression' &&
      parent.type !== 'ArrayExpression' &&
      parent.type !== 'TSAsExpression' &&
      parent.type !== 'TSSatisfiesExpression'
    ) {
      return null;
    }
    current = parent;
  }
  return null;
}

/**
 * A template whose expressions do not resolve still states IDs in its static parts:
 * `` `arn:aws:bedrock:${region}::foundation-model/amazon.titan-embed-text-v2:0` `` and `` `${geo}.anthropic.claude-sonnet-4-6` ``.
 * The ID in such a part is judged on its own: the region or geo is the unknown part, so no region judgement applies,
 * except to an invoke path (`/model/<id>/invoke`), which is a call in the configured regions.
 */
function templateParts(node: TSESTree.TemplateLiteral, settings: ResolvedSettings, generated: boolean): FoundOccurrence[] {
  const texts = node.quasis.map((quasi) => quasi.value.cooked);
  if (texts.some((text) => text === null)) return [];
  return idsInTemplateParts(texts as string[], settings.catalog).map(({ part, start, end, match, geoTail, invokePath }) => {
    const text = texts[part]!;
    const string: StaticString = { value: text, node, parts: [{ text, node: node.quasis[part]!, offset: 0 }], typed: false };
    return located(
      string,
      { ...match, start, end },
      {
        strength: match.strength,
        site: invokePath ? 'call' : 'elsewhere',
        onDemand: invokePath,
        regionUnknowable: geoTail,
        dynamicGeo: geoTail,
        generated,
      },
    );
  });
}

function isMatchingPosition(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSExternalModuleReference':
    case 'TSImportType':
    case 'ImportAttribute':
      return true;
    case 'CallExpression':
    case 'NewExpression': {
      if (!parent.arguments.includes(node as TSESTree.CallExpressionArgument)) return false;
      const name = calleeName(parent.callee);
      if (name === 'require' || name === 'RegExp') return true;
      return parent.callee.type === 'MemberExpression' && name !== null && MATCHING_METHODS.has(name);
    }
    default:
      return false;
  }
}
