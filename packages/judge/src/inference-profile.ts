import type { BedrockCatalog } from '@bedrock-models/catalog';
import { isContextVariantId, judgedRegions, profileChoices } from './shared.js';
import type { ModelReference, InferenceProfileFinding } from './types.js';

/**
 * Whether a reference invokes a base model ID directly in a region that offers the model only through
 * inference profiles (AWS answers "Invocation of model ID … with on-demand throughput isn't supported"),
 * while a system-defined profile callable from that region reaches it. Silent where the catalog does not
 * know the region's inference types. Foundation-model ARNs count only in on-demand calls: IAM policies
 * must name them.
 */
export function judgeInferenceProfile(catalog: BedrockCatalog, reference: ModelReference): InferenceProfileFinding[] {
  const resolution = catalog.resolve(reference.value);
  if (!resolution || resolution.kind !== 'model' || resolution.contextVariant !== null || isContextVariantId(resolution.id)) return [];
  if (resolution.arn && (reference.onDemand !== true || resolution.arn.resourceType !== 'foundation-model')) return [];
  const findings: InferenceProfileFinding[] = [];
  for (const region of judgedRegions(resolution, reference)) {
    const inferenceTypes = catalog.inferenceTypes(resolution.id, region);
    if (inferenceTypes === null || inferenceTypes.length === 0 || inferenceTypes.includes('ON_DEMAND')) continue;
    const profiles = profileChoices(catalog, resolution.id, region);
    if (profiles.length > 0) findings.push({ type: 'inference-profile', id: resolution.id, region, inferenceTypes, profiles });
  }
  return findings;
}
