import { judgeRegions, type RegionFinding } from '@bedrock-models/catalog';
import { createRule } from '../util/create-rule.js';
import { list, quotedAlternatives } from '../util/format.js';
import { referenceListeners, type Reference } from '../util/references.js';
import { present, replaceSuggestion, reporter } from '../util/report.js';

type Options = [];
type MessageIds = 'notOffered' | 'geoMismatch' | 'profileNotCallable' | 'arnRegionMismatch' | 'replaceWith';

/** The findings about one ID for one reason, over every region where they hold. */
interface Group {
  first: RegionFinding;
  regions: string[];
  /** Suggestions valid in every one of those regions. */
  suggestions: string[];
}

// One report per ID and reason, naming every region where it holds (settings may list several).
function group(findings: readonly RegionFinding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const key = `${finding.reason}|${finding.id}|${finding.arnRegion ?? ''}`;
    const existing = groups.get(key);
    if (existing) {
      existing.regions.push(finding.region);
      existing.suggestions = existing.suggestions.filter((suggestion) => finding.suggestions.includes(suggestion));
    } else {
      groups.set(key, { first: finding, regions: [finding.region], suggestions: [...finding.suggestions] });
    }
  }
  return [...groups.values()];
}

// " Use 'a' or 'b' instead." when there is something to use.
function instead(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? ` Use ${quotedAlternatives(suggestions)} instead.` : '';
}

// The message and placeholders for a group.
function describe({ first, regions, suggestions }: Group): { messageId: Exclude<MessageIds, 'replaceWith'>; data: Record<string, string> } {
  const base = { id: first.id, regions: list(regions), instead: instead(suggestions) };
  switch (first.reason) {
    case 'arn-region-mismatch':
      return { messageId: 'arnRegionMismatch', data: { ...base, arnRegion: first.arnRegion ?? '' } };
    case 'not-offered':
      return { messageId: 'notOffered', data: { ...base, offeredIn: first.offeredIn.length > 0 ? list(first.offeredIn) : 'no region the catalog knows' } };
    case 'profile-not-callable': {
      const geoMismatch = first.geo !== 'global' && first.regionGeo !== null && first.geo !== first.regionGeo && regions.length === 1;
      return {
        messageId: geoMismatch ? 'geoMismatch' : 'profileNotCallable',
        data: { ...base, geo: first.geo ?? '', regionGeo: first.regionGeo ?? '', offeredIn: list(first.offeredIn) },
      };
    }
  }
}

// Only a region stated by the code judges a value read from another module's types; the rest is judged where it is written.
function judged(reference: Reference): boolean {
  return reference.regionSource !== null && (!reference.string.typed || reference.regionSource === 'code');
}

export default createRule<MessageIds, Options>({
  name: 'no-region-unavailable-model-id',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Bedrock model IDs and inference profiles that are not offered in the region the call runs in',
    },
    messages: {
      notOffered: "'{{id}}' is not offered in {{regions}}; it is offered in {{offeredIn}}.{{instead}}",
      geoMismatch:
        "'{{id}}' is an inference profile of the {{geo}}. geography and cannot be called from {{regions}}, a region of the {{regionGeo}}. geography; it is called from {{offeredIn}}.{{instead}}",
      profileNotCallable: "The inference profile '{{id}}' cannot be called from {{regions}}; it is called from {{offeredIn}}.{{instead}}",
      arnRegionMismatch: "This ARN names {{arnRegion}}, but the call runs in {{regions}}: Bedrock rejects an ARN of another region.{{instead}}",
      replaceWith: "Replace with '{{replacement}}'.",
    },
    schema: [],
    hasSuggestions: true,
  },
  defaultOptions: [],
  create(context) {
    const report = reporter(context);
    return referenceListeners(context, (reference, settings) => {
      if (!judged(reference)) return;
      const findings = judgeRegions(settings.catalog, {
        value: reference.id,
        regions: reference.regions,
        regionSource: reference.regionSource ?? undefined,
        onDemand: reference.onDemand,
      });
      for (const item of group(findings)) {
        const { messageId, data } = describe(item);
        report({
          node: reference.node,
          messageId,
          data,
          suggest: present(item.suggestions.map((replacement) => replaceSuggestion(context, reference, replacement, 'replaceWith', { replacement }))),
        });
      }
    });
  },
});
