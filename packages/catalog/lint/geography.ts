// A geography's profile may be called only from regions in that geography (global: from anywhere).
import type { Catalog, Geo } from '../src/index.js';
import { pointer, type LintIssue } from './issue.js';

// Which region codes each geo prefix may be called from. The US geography includes Canada (Central):
// ListInferenceProfiles in ca-central-1 returns us. profiles.
const GEO_REGIONS: Record<Exclude<Geo, 'global'>, RegExp> = {
  us: /^(us-(east|west)|ca-)/,
  'us-gov': /^us-gov-/,
  eu: /^eu-/,
  apac: /^ap-/,
  jp: /^ap-northeast-(1|3)$/,
  au: /^ap-southeast-(2|4)$/,
  in: /^ap-south-(1|2)$/,
  ca: /^ca-/,
};

/** A profile callable from a region outside its geography, or whose ID prefix is not its geo. */
export function checkProfileGeography(catalog: Catalog): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const [id, profile] of Object.entries(catalog.profiles)) {
    if (!id.startsWith(`${profile.geo}.`))
      issues.push({ path: pointer('profiles', id, 'geo'), check: 'profile-geography', message: `"${profile.geo}" is not the ID's prefix` });
    if (profile.geo === 'global') continue;
    const allowed = GEO_REGIONS[profile.geo];
    for (const region of Object.keys(profile.sources)) {
      if (!allowed.test(region))
        issues.push({
          path: pointer('profiles', id, 'sources', region),
          check: 'profile-geography',
          message: `${region} is not in the ${profile.geo} geography`,
        });
    }
  }
  return issues;
}
