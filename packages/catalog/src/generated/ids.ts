// Generated, do not edit: run `pnpm --filter @bedrock-models/catalog generate`.

/** Every foundation-model ID in the catalog. */
export type BedrockModelId = never;

/** Every system-defined inference-profile ID in the catalog. */
export type BedrockInferenceProfileId = never;

/** Every foundation-model ID of the catalog by constant name; LEGACY ones are marked `@deprecated`. */
export const BedrockModels = {

} as const;

/** Every inference-profile ID of the catalog by constant name; LEGACY ones are marked `@deprecated`. */
export const BedrockInferenceProfiles = {

} as const;
