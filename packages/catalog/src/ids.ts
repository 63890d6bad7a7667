/** Geography prefixes of system-defined cross-region inference profiles. Longest first, so `us-gov.` wins over `us.`. */
export const GEO_PREFIXES = ['us-gov', 'global', 'apac', 'us', 'eu', 'jp', 'au', 'ca', 'in'] as const;
export type GeoPrefix = (typeof GEO_PREFIXES)[number];

/** The parts of a foundation-model ID such as `anthropic.claude-3-5-haiku-20241022-v1:0`. */
export interface ModelIdParts {
  /** `anthropic` */
  provider: string;
  /** `claude-3-5-haiku-20241022`: the name without its version suffix. */
  name: string;
  /** `-v1:0`, `-v1`, `-1:0`, `:0`, or `` when the ID has no version suffix (`anthropic.claude-sonnet-4-6`). */
  version: string;
  /** `200k` in `anthropic.claude-3-5-sonnet-20241022-v2:0:200k`: a Provisioned Throughput context variant. */
  contextVariant: string | null;
}

const MODEL_ID = /^([a-z0-9-]{1,63})\.([a-z0-9.-]{1,200}?)(-v\d+(?::\d+)?|-\d+:\d+|:\d+)?$/;
const CONTEXT_VARIANT = /^(.+:\d+):(\d+k|\d+)$/;

/** Splits a model ID into provider, name, version and context variant; null when it is not shaped like one. */
export function parseModelId(id: string): ModelIdParts | null {
  const variant = CONTEXT_VARIANT.exec(id);
  const base = variant ? variant[1]! : id;
  const match = MODEL_ID.exec(base);
  if (!match) return null;
  return { provider: match[1]!, name: match[2]!, version: match[3] ?? '', contextVariant: variant ? variant[2]! : null };
}

/** `amazon.nova-pro-v1:0:300k` → `amazon.nova-pro-v1:0`; other IDs unchanged. */
export function stripContextVariant(id: string): { base: string; variant: string | null } {
  const variant = CONTEXT_VARIANT.exec(id);
  return variant ? { base: variant[1]!, variant: variant[2]! } : { base: id, variant: null };
}

/** `eu.amazon.nova-lite-v1:0` → `{ geo: 'eu', modelId: 'amazon.nova-lite-v1:0' }`; null without a geo prefix. */
export function splitGeoPrefix(id: string): { geo: GeoPrefix; modelId: string } | null {
  for (const geo of GEO_PREFIXES) {
    if (id.startsWith(`${geo}.`) && id.indexOf('.', geo.length + 1) > 0) return { geo, modelId: id.slice(geo.length + 1) };
  }
  return null;
}
