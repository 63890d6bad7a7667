import { splitGeoPrefix, type BedrockCatalog, type Resolution } from '@bedrock-models/catalog';
import { judgeOccurrence, occurrence } from '@bedrock-models/judge';
import { UsageError, type ParsedArgs } from '../args.js';

/** The one ID, profile ID or ARN a command is about. */
export function oneReference(args: ParsedArgs, command: string): string {
  if (args.positionals.length !== 1) throw new UsageError(`'${command}' takes one model ID, profile ID or ARN`);
  return args.positionals[0]!;
}

/** What to say about a value the catalog does not know: the plugin's message, and the closest IDs. */
export function unknownAnswer(catalog: BedrockCatalog, value: string, resolution: Resolution | null): { message: string; nearMatches: string[] } {
  // Judged as the model argument of a call with no region: the words `check` and the plugin would use.
  const [finding] =
    resolution?.kind === 'unknown'
      ? judgeOccurrence(occurrence(value, { site: 'call', onDemand: true }), { catalog, today: catalog.date, allow: new Set(), regions: [] }, [
          'no-unknown-model-id',
        ])
      : [];
  const message = finding?.message ?? unseenGeoMessage(catalog, value) ?? `'${value}' is not a Bedrock model ID, inference profile ID or model ARN.`;
  // Profiles of the same model crowd the list: show them only when the value has a geo prefix itself.
  const id = value.replace(/^arn:.*\//, '');
  const wantsProfiles = splitGeoPrefix(id) !== null;
  return {
    message,
    nearMatches: catalog
      .nearMatches(id, 12)
      .filter((match) => wantsProfiles || splitGeoPrefix(match) === null)
      .slice(0, 5),
  };
}

// A profile of a known model in a geography the catalog has never seen a profile of: neither real nor unreal.
function unseenGeoMessage(catalog: BedrockCatalog, value: string): string | null {
  const profile = splitGeoPrefix(value);
  if (!profile || catalog.knowsGeo(profile.geo)) return null;
  if (!catalog.model(profile.modelId) && !catalog.retired(profile.modelId)) return null;
  return `The catalog (${catalog.date}) has no listing of '${profile.geo}.' inference profiles, so whether '${value}' exists is unknown. Its model, '${profile.modelId}', is in the catalog.`;
}

/** `YYYY-MM-DD` of a catalog timestamp, or an em dash. */
export function day(timestamp: string | undefined | null): string {
  return timestamp ? timestamp.slice(0, 10) : '—';
}
