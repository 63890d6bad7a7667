import { isRegionCode } from '@bedrock-models/judge';

// Keys compared without case, `_` or `-`: `modelId`, `model_id`, CloudFormation's `FoundationModel`, Terraform's
// `foundation_model`, a `.env` `BEDROCK_MODEL_ID`; `region`, `region_name`, `awsRegion`. A bare `model` says too
// little (it names models of every kind).
const MODEL_KEYS = new Set([
  'modelid',
  'modelarn',
  'foundationmodel',
  'foundationmodelid',
  'modelidentifier',
  'defaultmodelid',
  'bedrockmodelid',
  'bedrockmodel',
  'llmmodelid',
]);
const REGION_KEYS = new Set(['region', 'regionname', 'awsregion', 'awsdefaultregion', 'modelregion', 'bedrockregion']);

/** Whether a key is one under which configuration hands a Bedrock model to a call. */
export function isModelKey(key: string | undefined): boolean {
  return key !== undefined && MODEL_KEYS.has(normal(key));
}

/** One value of an object, under its own key. */
export interface Member<T> {
  key: string;
  value: string;
  item: T;
}

/**
 * The `{ modelId, region }` pairs of one object: for each value under a model key, the region codes its region-key
 * siblings hold (`{"modelId": "eu.anthropic…", "region": "eu-west-1"}`), passed to `mark`.
 */
export function pairModelsWithRegions<T>(members: ReadonlyArray<Member<T>>, mark: (item: T, regions: string[]) => void): void {
  const regions = [
    ...new Set(members.filter((member) => REGION_KEYS.has(normal(member.key)) && isRegionCode(member.value)).map((member) => member.value)),
  ].sort();
  if (regions.length === 0) return;
  for (const member of members) if (isModelKey(member.key)) mark(member.item, regions);
}

function normal(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}
