/** Resource types that name a model in a Bedrock ARN. */
export type BedrockArnResourceType =
  'foundation-model' | 'inference-profile' | 'application-inference-profile' | 'provisioned-model' | 'custom-model' | 'imported-model';

/** A parsed model-bearing Bedrock ARN. */
export interface BedrockArn {
  arn: string;
  partition: string;
  /** null for region-less ARNs such as the global profile's `arn:aws:bedrock:::foundation-model/…`. */
  region: string | null;
  account: string | null;
  resourceType: BedrockArnResourceType;
  /** Everything after `<resource-type>/`. */
  resource: string;
  /**
   * The catalog ID the ARN names: the model ID of a foundation-model ARN, the profile ID of an
   * inference-profile ARN. null for the account-owned kinds, whose IDs are opaque.
   */
  catalogId: string | null;
}

const RESOURCE_TYPES = 'foundation-model|inference-profile|application-inference-profile|provisioned-model|custom-model|imported-model';
const BEDROCK_ARN = new RegExp(
  `^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):bedrock:([a-z0-9-]*):(\\d{12})?:(${RESOURCE_TYPES})/([A-Za-z0-9._:/-]+)$`,
);
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

/**
 * Parses `arn:aws:bedrock:<region>:<account>:<type>/<id>` for the resource types that name a model.
 * Returns null for anything else, including IAM wildcards (`foundation-model/*`) and other Bedrock
 * resources (guardrails, knowledge bases, agents).
 */
export function parseBedrockArn(value: string): BedrockArn | null {
  const match = BEDROCK_ARN.exec(value);
  if (!match) return null;
  const [, partition, region, account, resourceType, resource] = match as unknown as [
    string,
    string,
    string,
    string | undefined,
    BedrockArnResourceType,
    string,
  ];
  if (region !== '' && !REGION.test(region)) return null;
  const namesCatalogId = resourceType === 'foundation-model' || resourceType === 'inference-profile';
  return {
    arn: value,
    partition,
    region: region === '' ? null : region,
    account: account ?? null,
    resourceType,
    resource,
    catalogId: namesCatalogId ? resource : null,
  };
}
