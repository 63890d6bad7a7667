import { splitGeoPrefix } from '@bedrock-models/catalog';
import { findModelId, isModelIdTail, mayHoldModelId, modelArgument, type ShapeMatch } from '@bedrock-models/judge';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { editFor, type Edit } from './fix.js';
import { regionsOf, regionValues } from './region.js';
import { Resolver, type StaticString } from './resolve.js';
import { getSettings, type ResolvedSettings } from './settings.js';
import { calleeName, CLIENT_REGION_KEYS, keyOf, matchSink, maySink, type FileFacts } from './sinks.js';

/** One model reference found in a file: the string that holds it, what it names, and the context of its call. */
export interface Reference {
  /** Where reports go: the string literal holding the ID (or its template); for values read from types, the expression. */
  node: TSESTree.Node;
  /** The whole string, with the source pieces it is made of (for edits). */
  string: StaticString;
  /** The part judged: a model ID, profile ID or ARN (URL-decoded). */
  id: string;
  /** Its span in `string.value`. */
  start: number;
  end: number;
  /** The ID is URL-encoded in the string (`%3A`). */
  encoded: boolean;
  /** `strong`: surely meant as a model ID (a call's model argument, an ARN, a versioned ID); `weak`: only shaped like one. */
  strength: 'strong' | 'weak';
  /** Passed to an on-demand runtime call. */
  onDemand: boolean;
  /** The regions the call runs in; empty when unknown. */
  regions: readonly string[];
  /** Where `regions` come from: the code, the `regions` setting, or nowhere. */
  regionSource: 'code' | 'settings' | null;
  /** Found by a call shape (SDK command, wrapper), not only by the string's own shape. */
  inCall: boolean;
  /** The ID follows a geo prefix computed at run time (`${geo}.anthropic…`): only base model IDs can replace it. */
  dynamicGeo: boolean;
}

interface FileState {
  owner: object;
  literals: Array<TSESTree.StringLiteral | TSESTree.TemplateLiteral>;
  calls: Array<TSESTree.CallExpression | TSESTree.NewExpression>;
  clients: TSESTree.NewExpression[];
  otherAnthropicClients: boolean;
  references?: Reference[];
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const MODEL_KEYS = new Set(['modelId', 'model', 'modelArn', 'foundationModel', 'modelIdentifier', 'modelName', 'defaultModelId']);
const REGION_KEYS = new Set(['region', 'awsRegion', 'modelRegion', 'bedrockRegion']);
// `id.startsWith('anthropic.claude-3')`, `new RegExp('…')`: a string used for matching, not as an ID.
const MATCHING_METHODS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'match', 'matchAll', 'replace', 'replaceAll', 'split', 'search', 'test']);
const ANTHROPIC_OTHER_CLIENTS = new Set(['Anthropic', 'AnthropicVertex', 'AnthropicFoundry']);
const files = new WeakMap<object, FileState>();

/**
 * The listeners every rule registers, and the references they produce. One traversal per file collects the
 * candidates for all rules (the first rule created for a file owns the collection; the others only read the
 * result at `Program:exit`), and the analysis (resolution, sinks, regions) runs once per file.
 */
export function referenceListeners(context: Context, onReference: (reference: Reference, settings: ResolvedSettings) => void): TSESLint.RuleListener {
  const settings = getSettings(context);
  const { sourceCode } = context;
  let state = files.get(sourceCode);
  const exit = {
    'Program:exit'(): void {
      const current = files.get(sourceCode)!;
      current.references ??= analyze(current, sourceCode, settings);
      for (const reference of current.references) onReference(reference, settings);
    },
  };
  if (state) return exit;
  state = { owner: context, literals: [], calls: [], clients: [], otherAnthropicClients: false };
  files.set(sourceCode, state);
  const collected = state;
  return {
    ...exit,
    Literal(node): void {
      if (typeof node.value === 'string' && mayHoldModelId(node.value)) collected.literals.push(node as TSESTree.StringLiteral);
    },
    TemplateLiteral(node): void {
      if (node.parent.type !== 'TaggedTemplateExpression' && node.quasis.some((quasi) => quasi.value.cooked?.includes('.') === true)) collected.literals.push(node);
    },
    NewExpression(node): void {
      const name = calleeName(node.callee);
      if (name !== null && Object.hasOwn(CLIENT_REGION_KEYS, name)) collected.clients.push(node);
      if (name !== null && ANTHROPIC_OTHER_CLIENTS.has(name)) collected.otherAnthropicClients = true;
      if (maySink(node)) collected.calls.push(node);
    },
    CallExpression(node): void {
      if (maySink(node)) collected.calls.push(node);
    },
  };
}

/** The edit that replaces the judged ID of a reference by `newId`, keeping quotes, the ARN or URL around it, and encoding. */
export function replaceId(sourceCode: Readonly<TSESLint.SourceCode>, reference: Reference, newId: string): Edit | null {
  if (reference.dynamicGeo && splitGeoPrefix(newId) !== null) return null;
  const text = reference.encoded ? newId.replace(/:/g, '%3A') : newId;
  const { value } = reference.string;
  return editFor(sourceCode, reference.string, value.slice(0, reference.start) + text + value.slice(reference.end));
}

function analyze(state: FileState, sourceCode: Readonly<TSESLint.SourceCode>, settings: ResolvedSettings): Reference[] {
  // Most files of a code base hold neither a candidate string nor a call that may take a model ID.
  if (state.literals.length === 0 && state.calls.length === 0) return [];
  const resolver = new Resolver(sourceCode);
  const { catalog } = settings;
  const facts: FileFacts = {
    anthropicBedrockClients: state.clients.filter((client) => calleeName(client.callee) === 'AnthropicBedrock'),
    otherAnthropicClients: state.otherAnthropicClients,
  };
  const references: Reference[] = [];
  const claimed = new Set<TSESTree.Node>();
  for (const call of state.calls) {
    const sink = matchSink(call, resolver, facts);
    if (!sink) continue;
    let callRegions: string[] | undefined;
    for (const expression of sink.models) {
      for (const string of resolver.strings(expression)) {
        if (sink.accepts && !sink.accepts(string.value)) continue;
        const match = modelArgument(string.value, catalog);
        if (!match) continue;
        callRegions ??= regionsOf(sink.region, resolver, state.clients);
        references.push(reference(string, match, { onDemand: sink.onDemand || match.onDemand, regions: match.region ? [match.region] : callRegions, inCall: true }, settings));
        if (!string.typed) claimed.add(string.node);
      }
    }
  }
  for (const node of state.literals) {
    if (claimed.has(node) || isMatchingPosition(node)) continue;
    const strings = node.type === 'Literal' ? resolver.strings(node) : resolver.strings(node, 1);
    if (strings.length === 0 && node.type === 'TemplateLiteral') {
      references.push(...templateParts(node, settings));
      continue;
    }
    for (const string of strings) {
      const match = findModelId(string.value, catalog);
      if (!match) continue;
      const regions = match.region ? [match.region] : pairedRegions(node, resolver);
      references.push(reference(string, match, { onDemand: match.onDemand, regions, inCall: false }, settings));
    }
  }
  return references;
}

function reference(
  string: StaticString,
  match: ShapeMatch,
  call: { onDemand: boolean; regions: readonly string[]; inCall: boolean },
  settings: ResolvedSettings,
): Reference {
  const fromCode = call.regions.length > 0;
  const regions = fromCode ? call.regions : settings.regions;
  return {
    node: string.node,
    string,
    id: match.id,
    start: match.start,
    end: match.end,
    encoded: match.encoded,
    strength: match.strength,
    onDemand: call.onDemand,
    regions,
    regionSource: fromCode ? 'code' : regions.length > 0 ? 'settings' : null,
    inCall: call.inCall,
    dynamicGeo: false,
  };
}

// `{ modelId: 'us.anthropic…', region: 'us-west-2' }`: a pair in one object states the ID's region.
function pairedRegions(node: TSESTree.Node, resolver: Resolver): string[] {
  const property = node.parent;
  if (property?.type !== 'Property' || property.value !== node || property.parent.type !== 'ObjectExpression') return [];
  const key = keyOf(property);
  if (key === null || !MODEL_KEYS.has(key)) return [];
  for (const sibling of property.parent.properties) {
    if (sibling.type !== 'Property' || sibling === property) continue;
    const siblingKey = keyOf(sibling);
    if (siblingKey !== null && REGION_KEYS.has(siblingKey)) return regionValues(sibling.value, resolver);
  }
  return [];
}

/**
 * A template whose expressions do not resolve still states IDs in its static parts:
 * `` `arn:aws:bedrock:${region}::foundation-model/amazon.titan-embed-text-v2:0` `` and `` `${geo}.anthropic.claude-sonnet-4-6` ``.
 * The ID in such a part is judged on its own, without region (the region or geo is the unknown part).
 */
function templateParts(node: TSESTree.TemplateLiteral, settings: ResolvedSettings): Reference[] {
  const references: Reference[] = [];
  node.quasis.forEach((quasi, index) => {
    const text = quasi.value.cooked;
    if (text === null) return;
    // The ID must end inside this static part: the last part, or one followed by `/` or `?` before the next `${`.
    const isLast = index === node.quasis.length - 1;
    let start = -1;
    for (const marker of ['foundation-model/', 'inference-profile/', '/model/']) {
      const at = text.lastIndexOf(marker);
      if (at >= 0) start = Math.max(start, at + marker.length);
    }
    let geoTail = false;
    if (start < 0 && index > 0 && isModelIdTail(text.split('/')[0]!, settings.catalog)) {
      start = 1;
      geoTail = true;
    }
    if (start < 0) return;
    let end = start;
    while (end < text.length && text[end] !== '/' && text[end] !== '?' && text[end] !== '#') end++;
    if (end === text.length && !isLast) return;
    const id = text.slice(start, end);
    const match = findModelId(id, settings.catalog);
    if (!match || match.id !== id || id.startsWith('arn:')) return;
    const string: StaticString = { value: text, node, parts: [{ text, node: quasi, offset: 0 }], typed: false };
    const onDemand = text.includes('/model/');
    references.push({
      node,
      string,
      id,
      start,
      end,
      encoded: false,
      strength: match.strength,
      onDemand,
      // `${geo}.model` is a profile of unknown geography: no region judgement applies to the bare model.
      regions: geoTail ? [] : settings.regions,
      regionSource: geoTail || settings.regions.length === 0 ? null : 'settings',
      inCall: false,
      dynamicGeo: geoTail,
    });
  });
  return references;
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
