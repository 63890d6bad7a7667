import { parseBedrockArn, splitGeoPrefix } from '@bedrock-models/catalog';

/**
 * `value` with the ID it names replaced by `newId`, keeping its form: a plain ID becomes `newId`; an ARN keeps
 * its partition, region and account. A foundation-model ARN can only become a profile ARN when it carries an
 * account (profile ARNs need one); null when the form cannot hold the new ID.
 */
export function rewriteId(value: string, newId: string): string | null {
  if (!value.startsWith('arn:')) return newId;
  const arn = parseBedrockArn(value);
  if (!arn || arn.catalogId === null) return null;
  const isProfile = splitGeoPrefix(newId) !== null;
  const prefix = `arn:${arn.partition}:bedrock:${arn.region ?? ''}:`;
  if (isProfile) {
    if (arn.resourceType === 'inference-profile') return `${prefix}${arn.account ?? ''}:inference-profile/${newId}`;
    return arn.account ? `${prefix}${arn.account}:inference-profile/${newId}` : null;
  }
  return `${prefix}:foundation-model/${newId}`;
}

/** An ARN moved to another region (`arn:aws:bedrock:us-west-2::…` → `arn:aws:bedrock:us-east-1::…`); null for anything else. */
export function rewriteArnRegion(value: string, region: string): string | null {
  const arn = parseBedrockArn(value);
  if (!arn || arn.region === null) return null;
  return `arn:${arn.partition}:bedrock:${region}:${arn.account ?? ''}:${arn.resourceType}/${arn.resource}`;
}
