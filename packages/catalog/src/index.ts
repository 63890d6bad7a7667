export { parseBedrockArn, type BedrockArn, type BedrockArnResourceType } from './arn.js';
export {
  BedrockCatalog,
  type Availability,
  type AvailabilityOptions,
  type Endpoint,
  type LifecycleOptions,
  type LifecycleReport,
  type Resolution,
  type Withdrawal,
} from './catalog.js';
export type * from './generated/catalog-types.js';
export { BedrockInferenceProfiles, BedrockModels, type BedrockInferenceProfileId, type BedrockModelId } from './generated/ids.js';
export { GEO_PREFIXES, parseModelId, splitGeoPrefix, stripContextVariant, type GeoPrefix, type ModelIdParts } from './ids.js';
export {
  assertValidChecks,
  checkedTo,
  ChecksValidationError,
  getBundledChecksData,
  getChecksSchema,
  validateChecks,
  type CatalogChecks,
  type Check,
  type CheckOutcome,
  type RegionCheck,
  type RegionCheckReport,
} from './checks.js';
export { compareStages, dateOf, stageOn, type LifecycleStage } from './lifecycle.js';
export { getBundledCatalogData, getCatalogSchema } from './load.js';
export { assertValidCatalog, CatalogValidationError, validateCatalog, type CatalogIssue } from './validate.js';
export { BedrockCapabilities } from './capabilities.js';
export { getBundledCapabilitiesData, getCapabilitiesSchema } from './capabilities-load.js';
export { unknownCapabilities } from './capabilities-unknown.js';
export type * from './capabilities-types.js';
export { assertValidCapabilities, CapabilitiesValidationError, validateCapabilities } from './capabilities-validate.js';
export {
  getErrorsData,
  matchError,
  nearestErrors,
  normalizeErrorText,
  type ErrorCause,
  type ErrorMatch,
  type ErrorSource,
  type ErrorsData,
  type KnownError,
} from './errors.js';
