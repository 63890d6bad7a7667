import noDeprecatedModelId from './no-deprecated-model-id.js';
import noRegionUnavailableModelId from './no-region-unavailable-model-id.js';
import noUnknownModelId from './no-unknown-model-id.js';
import noUnsupportedModelFeature from './no-unsupported-model-feature.js';
import noUnsupportedModelOperation from './no-unsupported-model-operation.js';
import requireInferenceProfile from './require-inference-profile.js';
import validInferenceParameters from './valid-inference-parameters.js';
import validInvokeModelBody from './valid-invoke-model-body.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-deprecated-model-id': noDeprecatedModelId,
  'no-region-unavailable-model-id': noRegionUnavailableModelId,
  'no-unknown-model-id': noUnknownModelId,
  'no-unsupported-model-feature': noUnsupportedModelFeature,
  'no-unsupported-model-operation': noUnsupportedModelOperation,
  'require-inference-profile': requireInferenceProfile,
  'valid-inference-parameters': validInferenceParameters,
  'valid-invoke-model-body': validInvokeModelBody,
};
