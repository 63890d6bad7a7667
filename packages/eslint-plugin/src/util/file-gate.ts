import { GEO_PREFIXES, type BedrockCatalog } from '@bedrock-models/catalog';
import { CONSTRUCTOR_TERMS } from './call-shapes.js';
import { COMMANDS } from './request-callees.js';

// The test that spares most files of a code base the traversal: one look at the text, before any listener is
// registered. It is a necessary condition of every finding, because every finding rests on text the file itself holds:
//   - a model call or request is recognised by its callee's name and where that comes from. Every shape the analysis
//     accepts either has "bedrock" in sight (an import from a `client-bedrock…` or `amazon-bedrock` package, a
//     `Bedrock…` class, a client named `bedrock…`, a `bedrock-mantle` or `bedrock-runtime` host, a `bedrock:` model
//     prefix) or is a class accepted by its name alone (`new ConverseCommand(…)` imported through a local module),
//     whose name is then in the text, or a common name accepted only when imported from its library (Strands'
//     `Agent`), whose import is;
//   - a string is collected only if it starts with a provider or geo prefix and a dot, an ARN, `bedrock` or holds an
//     invoke path (`candidates.ts`), and a template is judged by what its static parts say or by the values of its
//     expressions, which are string constants of the same file. Either way the text holds the provider or geo prefix
//     right after a quote (`'anthropic.…'`, `'us'`) or an interpolation (`${geo}.anthropic.…`), or one of the markers.
// A string that spells its ID with escape sequences (`'anthropic\x2eclaude…'`) is not seen; no code we know writes one.

const BEDROCK = /bedrock/i;
const MARKERS = ['arn:', '/model/', 'foundation-model/', 'inference-profile/'];
/** What a file holds that builds a class the analysis accepts without "bedrock" in sight; none contains another. */
const NAMES: readonly string[] = minimalTerms([...CONSTRUCTOR_TERMS, ...Object.keys(COMMANDS)].filter((term) => !BEDROCK.test(term)));

const prefixTests = new WeakMap<BedrockCatalog, RegExp>();

/** Whether the analysis could find anything in a file with this text: false means no rule of the plugin can report there. */
export function mayConcernBedrock(text: string, catalog: BedrockCatalog): boolean {
  if (BEDROCK.test(text)) return true;
  for (const marker of MARKERS) if (text.includes(marker)) return true;
  for (const name of NAMES) if (text.includes(name)) return true;
  return prefixTest(catalog).test(text);
}

// A provider or geo prefix as a string's start (`'anthropic.`, `` `us` ``, `'eu'`) or after an interpolation (`}.meta.`).
function prefixTest(catalog: BedrockCatalog): RegExp {
  let test = prefixTests.get(catalog);
  if (!test) {
    const heads = [...new Set([...catalog.providers, ...GEO_PREFIXES])].sort((a, b) => b.length - a.length).map(escapeRegExp);
    test = new RegExp(`['"\`}]\\.?(?:${heads.join('|')})['"\`.]`);
    prefixTests.set(catalog, test);
  }
  return test;
}

/** The terms a text must contain one of: a term that contains another is implied by it. */
export function minimalTerms(terms: readonly string[]): string[] {
  const sorted = [...new Set(terms)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const term of sorted) if (!kept.some((shorter) => term.includes(shorter))) kept.push(term);
  return kept;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
