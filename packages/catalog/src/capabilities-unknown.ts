import type { ModelCapabilities } from './capabilities-types.js';

/** A capabilities entry that knows nothing yet: every fact `null`, no source. A fresh object each call, to fill in. */
export function unknownCapabilities(): ModelCapabilities {
  return {
    operations: { converse: null, converseStream: null, invokeModel: null, invokeModelWithResponseStream: null, startAsyncInvoke: null, countTokens: null },
    endpoints: { bedrockRuntime: null, bedrockMantle: null },
    maxOutputTokens: null,
    contextWindow: null,
    converse: {
      toolUse: null,
      toolUseStreaming: null,
      toolChoice: null,
      systemPrompt: null,
      imageInput: null,
      documentInput: null,
      videoInput: null,
      imagesInToolResults: null,
      promptCaching: null,
      reasoning: null,
      temperatureTopPExclusive: null,
    },
    family: null,
    sources: [],
  };
}
