import { parseBedrockArn, type BedrockCatalog } from '@bedrock-models/catalog';

/**
 * What the user says their application inference profiles copy from (`applicationInferenceProfiles`,
 * `--application-profile`): an application inference profile ARN, or its trailing ID, to the model ID or system
 * profile ID it was created from. The ARN hides its model, so without this the judgement never looks behind it.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-create.html
 */
export type ApplicationProfiles = ReadonlyMap<string, string>;

/** No application inference profile mapped: every such ARN stays opaque. */
export const NO_APPLICATION_PROFILES: ApplicationProfiles = new Map();

/**
 * The value to judge in place of one written in code: for an application inference profile ARN the user mapped, the
 * ARN of what it copies from, in the same partition, region and account (`…:foundation-model/<model>` or
 * `…:inference-profile/<profile>`), so every rule judges the call as one to that model where the profile lives.
 * Null for anything else (the value is judged as written).
 */
export function throughApplicationProfile(catalog: BedrockCatalog, profiles: ApplicationProfiles | undefined, value: string): string | null {
  if (!profiles || profiles.size === 0 || !value.startsWith('arn:')) return null;
  const arn = parseBedrockArn(value);
  if (arn?.resourceType !== 'application-inference-profile') return null;
  const target = profiles.get(value) ?? profiles.get(arn.resource);
  if (target === undefined) return null;
  const type = catalog.profile(target) ? 'inference-profile' : 'foundation-model';
  return `arn:${arn.partition}:bedrock:${arn.region ?? ''}:${arn.account ?? ''}:${type}/${target}`;
}

/** Whether a value is an application inference profile ARN (account-owned: its model is not in the ARN). */
export function isApplicationProfileArn(value: string): boolean {
  return value.startsWith('arn:') && parseBedrockArn(value)?.resourceType === 'application-inference-profile';
}
