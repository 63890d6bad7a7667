import { GEO_PREFIXES, type BedrockCatalog } from '@bedrock-models/catalog';
import { mayHoldModelId } from '@bedrock-models/judge';
import type { TSESTree } from '@typescript-eslint/utils';

// The cheap tests the collector runs on every string and template of a file. Each is a necessary condition of what
// the analysis later finds (`findModelId` for a string, `findModelId` on a template's values or `idsInTemplateParts`
// on its static parts): a string they reject could never be reported, so rejecting it early loses nothing.

const GEOS: ReadonlySet<string> = new Set(GEO_PREFIXES);
// What `idsInTemplateParts` looks for in a static part.
const TEMPLATE_MARKERS = ['foundation-model/', 'inference-profile/', '/model/'];

/**
 * Whether `findModelId` could find a reference in this string: an ARN, an invoke path, a `bedrock…` prefix, or a
 * plain ID, whose first dotted part is then a provider of the catalog or a geo prefix.
 */
export function isIdCandidate(value: string, catalog: BedrockCatalog): boolean {
  if (!mayHoldModelId(value)) return false;
  if (startsWithProvider(value, 0, catalog)) return true;
  return value.startsWith('arn:') || value.startsWith('bedrock') || value.includes('/model/');
}

// Whether the dotted part of `value` that starts at `from` is a provider of the catalog or a geo prefix (`us.`): what
// a plain ID or profile ID starts with.
function startsWithProvider(value: string, from: number, catalog: BedrockCatalog): boolean {
  const dot = value.indexOf('.', from);
  if (dot < 0) return false;
  const head = value.slice(from, dot);
  return catalog.providers.has(head) || GEOS.has(head);
}

/**
 * Whether a template may state a model ID: a static part has a dot (what the collector always required), and either
 * its static parts may hold an ID on their own (a marker, or a `.provider.` tail after an interpolation), or its
 * whole value may pass `mayHoldModelId` and `findModelId`'s first test (no space in any static part, a lower-case or
 * `/` start, and a static first dotted part that an ID, ARN, endpoint or path can start with).
 */
export function isTemplateCandidate(node: TSESTree.TemplateLiteral, catalog: BedrockCatalog): boolean {
  const { quasis } = node;
  let dotted = false;
  for (const quasi of quasis) {
    const text = quasi.value.cooked;
    // An invalid escape: the template has no value, and its parts are not read.
    if (text === null) return false;
    if (!dotted && text.includes('.')) dotted = true;
  }
  if (!dotted) return false;
  let spaced = false;
  for (let index = 0; index < quasis.length; index++) {
    const text = quasis[index]!.value.cooked!;
    // `${geo}.anthropic.claude…`: what `isModelIdTail` reads.
    if (index > 0 && text.startsWith('.') && startsWithProvider(text, 1, catalog)) return true;
    for (const marker of TEMPLATE_MARKERS) if (text.includes(marker)) return true;
    if (!spaced && text.includes(' ')) spaced = true;
  }
  if (spaced) return false;
  const first = quasis[0]!.value.cooked!;
  if (first === '') return true;
  const code = first.charCodeAt(0);
  if (!((code >= 97 && code <= 122) || code === 47)) return false;
  // A dot in the first part fixes how the value starts: as an ID's provider or geo, an ARN, an endpoint, a path.
  if (!first.includes('.')) return true;
  return startsWithProvider(first, 0, catalog) || code === 47 || first.startsWith('arn:') || first.startsWith('bedrock') || first.startsWith('http');
}
