import noDeprecatedModelId from './no-deprecated-model-id.js';
import noRegionUnavailableModelId from './no-region-unavailable-model-id.js';
import noUnknownModelId from './no-unknown-model-id.js';
import requireInferenceProfile from './require-inference-profile.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-deprecated-model-id': noDeprecatedModelId,
  'no-region-unavailable-model-id': noRegionUnavailableModelId,
  'no-unknown-model-id': noUnknownModelId,
  'require-inference-profile': requireInferenceProfile,
};
