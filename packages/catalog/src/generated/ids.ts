// Generated, do not edit: run `pnpm --filter @bedrock-models/catalog generate`.

/** Every foundation-model ID in the catalog. */
export type BedrockModelId =
  | 'amazon.nova-2-5-sonic'
  | 'amazon.nova-2-lite-v1:0'
  | 'amazon.nova-2-lite-v1:0:256k'
  | 'amazon.nova-2-multimodal-embeddings-v1:0'
  | 'amazon.nova-2-sonic-v1:0'
  | 'amazon.nova-lite-v1:0'
  | 'amazon.nova-lite-v1:0:24k'
  | 'amazon.nova-lite-v1:0:300k'
  | 'amazon.nova-micro-v1:0'
  | 'amazon.nova-micro-v1:0:128k'
  | 'amazon.nova-micro-v1:0:24k'
  | 'amazon.nova-pro-v1:0'
  | 'amazon.nova-pro-v1:0:24k'
  | 'amazon.nova-pro-v1:0:300k'
  | 'amazon.rerank-v1:0'
  | 'amazon.titan-embed-g1-text-02'
  | 'amazon.titan-embed-image-v1'
  | 'amazon.titan-embed-image-v1:0'
  | 'amazon.titan-embed-text-v1'
  | 'amazon.titan-embed-text-v1:2:8k'
  | 'amazon.titan-embed-text-v2:0'
  | 'amazon.titan-embed-text-v2:0:8k'
  | 'anthropic.claude-3-5-sonnet-20240620-v1:0'
  | 'anthropic.claude-3-5-sonnet-20241022-v2:0'
  | 'anthropic.claude-3-7-sonnet-20250219-v1:0'
  | 'anthropic.claude-3-haiku-20240307-v1:0:48k'
  | 'anthropic.claude-3-sonnet-20240229-v1:0'
  | 'anthropic.claude-3-sonnet-20240229-v1:0:200k'
  | 'anthropic.claude-3-sonnet-20240229-v1:0:28k'
  | 'anthropic.claude-fable-5'
  | 'anthropic.claude-fable-5-1'
  | 'anthropic.claude-fable-5-2'
  | 'anthropic.claude-haiku-4-5'
  | 'anthropic.claude-haiku-4-5-20251001-v1:0'
  | 'anthropic.claude-haiku-5-5'
  | 'anthropic.claude-mythos-5'
  | 'anthropic.claude-opus-4-1-20250805-v1:0'
  | 'anthropic.claude-opus-4-5-20251101-v1:0'
  | 'anthropic.claude-opus-4-6-v1'
  | 'anthropic.claude-opus-4-7'
  | 'anthropic.claude-opus-4-8'
  | 'anthropic.claude-opus-5'
  | 'anthropic.claude-opus-5-5'
  | 'anthropic.claude-sonnet-4-5-20250929-v1:0'
  | 'anthropic.claude-sonnet-4-6'
  | 'anthropic.claude-sonnet-5'
  | 'anthropic.claude-sonnet-5-5'
  | 'cohere.embed-english-v3'
  | 'cohere.embed-english-v3:0:512'
  | 'cohere.embed-multilingual-v3'
  | 'cohere.embed-multilingual-v3:0:512'
  | 'cohere.embed-v4:0'
  | 'cohere.rerank-v3-5:0'
  | 'deepseek.r1-v1:0'
  | 'deepseek.v3-v1:0'
  | 'deepseek.v3.1'
  | 'deepseek.v3.2'
  | 'google.gemma-3-12b-it'
  | 'google.gemma-3-27b-it'
  | 'google.gemma-3-4b-it'
  | 'google.gemma-4-26b-a4b'
  | 'google.gemma-4-31b'
  | 'google.gemma-4-e2b'
  | 'luma.ray-v2:0'
  | 'meta.llama3-1-70b-instruct-v1:0'
  | 'meta.llama3-1-70b-instruct-v1:0:128k'
  | 'meta.llama3-1-8b-instruct-v1:0'
  | 'meta.llama3-1-8b-instruct-v1:0:128k'
  | 'meta.llama3-3-70b-instruct-v1:0'
  | 'meta.llama3-3-70b-instruct-v1:0:128k'
  | 'meta.llama3-70b-instruct-v1:0'
  | 'meta.llama3-8b-instruct-v1:0'
  | 'meta.llama4-maverick-17b-instruct-v1:0'
  | 'meta.llama4-maverick-17b-instruct-v1:0:128k'
  | 'meta.llama4-maverick-17b-instruct-v1:0:1m'
  | 'meta.llama4-scout-17b-instruct-v1:0'
  | 'meta.llama4-scout-17b-instruct-v1:0:10m'
  | 'meta.llama4-scout-17b-instruct-v1:0:128k'
  | 'minimax.minimax-m2'
  | 'minimax.minimax-m2.1'
  | 'minimax.minimax-m2.5'
  | 'mistral.devstral-2-123b'
  | 'mistral.magistral-small-2509'
  | 'mistral.ministral-3-14b-instruct'
  | 'mistral.ministral-3-3b-instruct'
  | 'mistral.ministral-3-8b-instruct'
  | 'mistral.mistral-7b-instruct-v0:2'
  | 'mistral.mistral-large-2402-v1:0'
  | 'mistral.mistral-large-2407-v1:0'
  | 'mistral.mistral-large-3-675b-instruct'
  | 'mistral.mistral-small-2402-v1:0'
  | 'mistral.mixtral-8x7b-instruct-v0:1'
  | 'mistral.pixtral-large-2502-v1:0'
  | 'mistral.voxtral-mini-3b-2507'
  | 'mistral.voxtral-small-24b-2507'
  | 'moonshot.kimi-k2-thinking'
  | 'moonshotai.kimi-k2-thinking'
  | 'moonshotai.kimi-k2.5'
  | 'moonshotai.kimi-k3'
  | 'nvidia.nemotron-nano-12b-v2'
  | 'nvidia.nemotron-nano-3-30b'
  | 'nvidia.nemotron-nano-9b-v2'
  | 'nvidia.nemotron-super-3-120b'
  | 'openai.gpt-5.4'
  | 'openai.gpt-5.4-2026-03-05'
  | 'openai.gpt-5.5'
  | 'openai.gpt-5.5-2026-04-23'
  | 'openai.gpt-5.6-cyber'
  | 'openai.gpt-5.6-luna'
  | 'openai.gpt-5.6-sol'
  | 'openai.gpt-5.6-terra'
  | 'openai.gpt-6-astra'
  | 'openai.gpt-6-luna'
  | 'openai.gpt-6-sol'
  | 'openai.gpt-6.1-sol'
  | 'openai.gpt-daybreak-blue-5.6-sol'
  | 'openai.gpt-oss-120b'
  | 'openai.gpt-oss-120b-1:0'
  | 'openai.gpt-oss-20b'
  | 'openai.gpt-oss-20b-1:0'
  | 'openai.gpt-oss-safeguard-120b'
  | 'openai.gpt-oss-safeguard-20b'
  | 'qwen.qwen3-235b-a22b-2507'
  | 'qwen.qwen3-235b-a22b-2507-v1:0'
  | 'qwen.qwen3-32b'
  | 'qwen.qwen3-32b-v1:0'
  | 'qwen.qwen3-coder-30b-a3b-instruct'
  | 'qwen.qwen3-coder-30b-a3b-v1:0'
  | 'qwen.qwen3-coder-480b-a35b-instruct'
  | 'qwen.qwen3-coder-480b-a35b-v1:0'
  | 'qwen.qwen3-coder-next'
  | 'qwen.qwen3-next-80b-a3b'
  | 'qwen.qwen3-next-80b-a3b-instruct'
  | 'qwen.qwen3-vl-235b-a22b'
  | 'qwen.qwen3-vl-235b-a22b-instruct'
  | 'stability.sd3-5-large-v1:0'
  | 'stability.stable-conservative-upscale-v1:0'
  | 'stability.stable-creative-upscale-v1:0'
  | 'stability.stable-fast-upscale-v1:0'
  | 'stability.stable-image-control-sketch-v1:0'
  | 'stability.stable-image-control-structure-v1:0'
  | 'stability.stable-image-core-v1:1'
  | 'stability.stable-image-erase-object-v1:0'
  | 'stability.stable-image-inpaint-v1:0'
  | 'stability.stable-image-remove-background-v1:0'
  | 'stability.stable-image-search-recolor-v1:0'
  | 'stability.stable-image-search-replace-v1:0'
  | 'stability.stable-image-style-guide-v1:0'
  | 'stability.stable-image-ultra-v1:1'
  | 'stability.stable-outpaint-v1:0'
  | 'stability.stable-style-transfer-v1:0'
  | 'twelvelabs.marengo-embed-3-0-v1:0'
  | 'twelvelabs.pegasus-1-2-v1:0'
  | 'twelvelabs.pegasus-1-5-v1:0'
  | 'writer.palmyra-vision-7b'
  | 'writer.palmyra-x4-v1:0'
  | 'writer.palmyra-x5-v1:0'
  | 'xai.grok-4.3'
  | 'xai.grok-4.6'
  | 'zai.glm-4.6'
  | 'zai.glm-4.7'
  | 'zai.glm-4.7-flash'
  | 'zai.glm-5';

/** Every system-defined inference-profile ID in the catalog. */
export type BedrockInferenceProfileId =
  | 'apac.amazon.nova-lite-v1:0'
  | 'apac.amazon.nova-micro-v1:0'
  | 'apac.amazon.nova-pro-v1:0'
  | 'apac.anthropic.claude-3-5-sonnet-20240620-v1:0'
  | 'apac.anthropic.claude-3-5-sonnet-20241022-v2:0'
  | 'apac.anthropic.claude-3-7-sonnet-20250219-v1:0'
  | 'apac.anthropic.claude-3-sonnet-20240229-v1:0'
  | 'apac.twelvelabs.pegasus-1-2-v1:0'
  | 'au.anthropic.claude-haiku-4-5-20251001-v1:0'
  | 'au.anthropic.claude-opus-4-6-v1'
  | 'au.anthropic.claude-opus-4-7'
  | 'au.anthropic.claude-opus-4-8'
  | 'au.anthropic.claude-opus-5'
  | 'au.anthropic.claude-opus-5-5'
  | 'au.anthropic.claude-sonnet-4-5-20250929-v1:0'
  | 'au.anthropic.claude-sonnet-4-6'
  | 'au.anthropic.claude-sonnet-5'
  | 'ca.amazon.nova-lite-v1:0'
  | 'eu.amazon.nova-2-lite-v1:0'
  | 'eu.amazon.nova-lite-v1:0'
  | 'eu.amazon.nova-micro-v1:0'
  | 'eu.amazon.nova-pro-v1:0'
  | 'eu.anthropic.claude-3-sonnet-20240229-v1:0'
  | 'eu.anthropic.claude-haiku-4-5-20251001-v1:0'
  | 'eu.anthropic.claude-opus-4-5-20251101-v1:0'
  | 'eu.anthropic.claude-opus-4-6-v1'
  | 'eu.anthropic.claude-opus-4-7'
  | 'eu.anthropic.claude-opus-4-8'
  | 'eu.anthropic.claude-opus-5'
  | 'eu.anthropic.claude-opus-5-5'
  | 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0'
  | 'eu.anthropic.claude-sonnet-4-6'
  | 'eu.anthropic.claude-sonnet-5'
  | 'eu.cohere.embed-v4:0'
  | 'eu.mistral.pixtral-large-2502-v1:0'
  | 'eu.twelvelabs.marengo-embed-3-0-v1:0'
  | 'eu.twelvelabs.pegasus-1-2-v1:0'
  | 'global.amazon.nova-2-lite-v1:0'
  | 'global.anthropic.claude-fable-5'
  | 'global.anthropic.claude-fable-5-1'
  | 'global.anthropic.claude-haiku-4-5-20251001-v1:0'
  | 'global.anthropic.claude-opus-4-5-20251101-v1:0'
  | 'global.anthropic.claude-opus-4-6-v1'
  | 'global.anthropic.claude-opus-4-7'
  | 'global.anthropic.claude-opus-4-8'
  | 'global.anthropic.claude-opus-5'
  | 'global.anthropic.claude-opus-5-5'
  | 'global.anthropic.claude-sonnet-4-5-20250929-v1:0'
  | 'global.anthropic.claude-sonnet-4-6'
  | 'global.anthropic.claude-sonnet-5'
  | 'global.anthropic.claude-sonnet-5-5'
  | 'global.cohere.embed-v4:0'
  | 'global.moonshotai.kimi-k3'
  | 'global.openai.gpt-5.6-luna'
  | 'global.openai.gpt-5.6-sol'
  | 'global.openai.gpt-5.6-terra'
  | 'global.openai.gpt-6-astra'
  | 'global.openai.gpt-6-luna'
  | 'global.openai.gpt-6-sol'
  | 'global.twelvelabs.pegasus-1-2-v1:0'
  | 'global.xai.grok-4.6'
  | 'in.openai.gpt-5.6-luna'
  | 'in.openai.gpt-5.6-terra'
  | 'jp.amazon.nova-2-lite-v1:0'
  | 'jp.anthropic.claude-haiku-4-5-20251001-v1:0'
  | 'jp.anthropic.claude-opus-4-7'
  | 'jp.anthropic.claude-opus-4-8'
  | 'jp.anthropic.claude-opus-5-5'
  | 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0'
  | 'jp.anthropic.claude-sonnet-4-6'
  | 'us.amazon.nova-2-lite-v1:0'
  | 'us.amazon.nova-lite-v1:0'
  | 'us.amazon.nova-micro-v1:0'
  | 'us.amazon.nova-pro-v1:0'
  | 'us.anthropic.claude-3-sonnet-20240229-v1:0'
  | 'us.anthropic.claude-fable-5'
  | 'us.anthropic.claude-fable-5-1'
  | 'us.anthropic.claude-fable-5-2'
  | 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
  | 'us.anthropic.claude-haiku-5-5'
  | 'us.anthropic.claude-opus-4-1-20250805-v1:0'
  | 'us.anthropic.claude-opus-4-5-20251101-v1:0'
  | 'us.anthropic.claude-opus-4-6-v1'
  | 'us.anthropic.claude-opus-4-7'
  | 'us.anthropic.claude-opus-4-8'
  | 'us.anthropic.claude-opus-5'
  | 'us.anthropic.claude-opus-5-5'
  | 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'
  | 'us.anthropic.claude-sonnet-4-6'
  | 'us.anthropic.claude-sonnet-5'
  | 'us.anthropic.claude-sonnet-5-5'
  | 'us.cohere.embed-v4:0'
  | 'us.deepseek.r1-v1:0'
  | 'us.meta.llama3-1-70b-instruct-v1:0'
  | 'us.meta.llama3-1-8b-instruct-v1:0'
  | 'us.meta.llama3-3-70b-instruct-v1:0'
  | 'us.meta.llama4-maverick-17b-instruct-v1:0'
  | 'us.meta.llama4-scout-17b-instruct-v1:0'
  | 'us.mistral.pixtral-large-2502-v1:0'
  | 'us.moonshotai.kimi-k3'
  | 'us.openai.gpt-5.6-luna'
  | 'us.openai.gpt-5.6-sol'
  | 'us.openai.gpt-5.6-terra'
  | 'us.openai.gpt-6-astra'
  | 'us.openai.gpt-6-luna'
  | 'us.openai.gpt-6-sol'
  | 'us.openai.gpt-6.1-sol'
  | 'us.stability.stable-conservative-upscale-v1:0'
  | 'us.stability.stable-creative-upscale-v1:0'
  | 'us.stability.stable-fast-upscale-v1:0'
  | 'us.stability.stable-image-control-sketch-v1:0'
  | 'us.stability.stable-image-control-structure-v1:0'
  | 'us.stability.stable-image-erase-object-v1:0'
  | 'us.stability.stable-image-inpaint-v1:0'
  | 'us.stability.stable-image-remove-background-v1:0'
  | 'us.stability.stable-image-search-recolor-v1:0'
  | 'us.stability.stable-image-search-replace-v1:0'
  | 'us.stability.stable-image-style-guide-v1:0'
  | 'us.stability.stable-outpaint-v1:0'
  | 'us.stability.stable-style-transfer-v1:0'
  | 'us.twelvelabs.marengo-embed-3-0-v1:0'
  | 'us.twelvelabs.pegasus-1-2-v1:0'
  | 'us.twelvelabs.pegasus-1-5-v1:0'
  | 'us.writer.palmyra-x4-v1:0'
  | 'us.writer.palmyra-x5-v1:0'
  | 'us.xai.grok-4.6';

/** Every foundation-model ID of the catalog by constant name; LEGACY ones are marked `@deprecated`. */
export const BedrockModels = {
  /** Amazon Nova 2.5 Sonic. */
  AMAZON_NOVA_2_5_SONIC: 'amazon.nova-2-5-sonic',
  /** Amazon Nova 2 Lite. */
  AMAZON_NOVA_2_LITE_V1_0: 'amazon.nova-2-lite-v1:0',
  /** Amazon Nova 2 Lite. */
  AMAZON_NOVA_2_LITE_V1_0_256K: 'amazon.nova-2-lite-v1:0:256k',
  /** Amazon Amazon Nova Multimodal Embeddings. */
  AMAZON_NOVA_2_MULTIMODAL_EMBEDDINGS_V1_0: 'amazon.nova-2-multimodal-embeddings-v1:0',
  /** Amazon Nova 2 Sonic. */
  AMAZON_NOVA_2_SONIC_V1_0: 'amazon.nova-2-sonic-v1:0',
  /** Amazon Nova Lite. */
  AMAZON_NOVA_LITE_V1_0: 'amazon.nova-lite-v1:0',
  /** Amazon Nova Lite. */
  AMAZON_NOVA_LITE_V1_0_24K: 'amazon.nova-lite-v1:0:24k',
  /** Amazon Nova Lite. */
  AMAZON_NOVA_LITE_V1_0_300K: 'amazon.nova-lite-v1:0:300k',
  /** Amazon Nova Micro. */
  AMAZON_NOVA_MICRO_V1_0: 'amazon.nova-micro-v1:0',
  /** Amazon Nova Micro. */
  AMAZON_NOVA_MICRO_V1_0_128K: 'amazon.nova-micro-v1:0:128k',
  /** Amazon Nova Micro. */
  AMAZON_NOVA_MICRO_V1_0_24K: 'amazon.nova-micro-v1:0:24k',
  /** Amazon Nova Pro. */
  AMAZON_NOVA_PRO_V1_0: 'amazon.nova-pro-v1:0',
  /** Amazon Nova Pro. */
  AMAZON_NOVA_PRO_V1_0_24K: 'amazon.nova-pro-v1:0:24k',
  /** Amazon Nova Pro. */
  AMAZON_NOVA_PRO_V1_0_300K: 'amazon.nova-pro-v1:0:300k',
  /** Amazon Rerank 1.0. */
  AMAZON_RERANK_V1_0: 'amazon.rerank-v1:0',
  /** Amazon Titan Text Embeddings v2. */
  AMAZON_TITAN_EMBED_G1_TEXT_02: 'amazon.titan-embed-g1-text-02',
  /** Amazon Titan Multimodal Embeddings G1. */
  AMAZON_TITAN_EMBED_IMAGE_V1: 'amazon.titan-embed-image-v1',
  /** Amazon Titan Multimodal Embeddings G1. */
  AMAZON_TITAN_EMBED_IMAGE_V1_0: 'amazon.titan-embed-image-v1:0',
  /** Amazon Titan Embeddings G1 - Text. */
  AMAZON_TITAN_EMBED_TEXT_V1: 'amazon.titan-embed-text-v1',
  /** Amazon Titan Embeddings G1 - Text. */
  AMAZON_TITAN_EMBED_TEXT_V1_2_8K: 'amazon.titan-embed-text-v1:2:8k',
  /** Amazon Titan Text Embeddings V2. */
  AMAZON_TITAN_EMBED_TEXT_V2_0: 'amazon.titan-embed-text-v2:0',
  /** Amazon Titan Text Embeddings V2. */
  AMAZON_TITAN_EMBED_TEXT_V2_0_8K: 'amazon.titan-embed-text-v2:0:8k',
  /** Anthropic Claude 3.5 Sonnet. */
  ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
  /** Anthropic Claude 3.5 Sonnet v2. */
  ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
  /** Anthropic Claude 3.7 Sonnet. */
  ANTHROPIC_CLAUDE_3_7_SONNET_20250219_V1_0: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
  /** Anthropic Claude 3 Haiku. */
  ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0_48K: 'anthropic.claude-3-haiku-20240307-v1:0:48k',
  /** Anthropic Claude 3 Sonnet. */
  ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0: 'anthropic.claude-3-sonnet-20240229-v1:0',
  /** Anthropic Claude 3 Sonnet. */
  ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0_200K: 'anthropic.claude-3-sonnet-20240229-v1:0:200k',
  /** Anthropic Claude 3 Sonnet. */
  ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0_28K: 'anthropic.claude-3-sonnet-20240229-v1:0:28k',
  /** Anthropic Claude Fable 5. */
  ANTHROPIC_CLAUDE_FABLE_5: 'anthropic.claude-fable-5',
  /** Anthropic Claude Fable 5.1. */
  ANTHROPIC_CLAUDE_FABLE_5_1: 'anthropic.claude-fable-5-1',
  /** Anthropic Claude Fable 5.2. */
  ANTHROPIC_CLAUDE_FABLE_5_2: 'anthropic.claude-fable-5-2',
  /** Anthropic Claude Haiku 4.5. */
  ANTHROPIC_CLAUDE_HAIKU_4_5: 'anthropic.claude-haiku-4-5',
  /** Anthropic Claude Haiku 4.5. */
  ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0: 'anthropic.claude-haiku-4-5-20251001-v1:0',
  /** Anthropic Claude Haiku 5.5. */
  ANTHROPIC_CLAUDE_HAIKU_5_5: 'anthropic.claude-haiku-5-5',
  /** Anthropic Claude Mythos 5. */
  ANTHROPIC_CLAUDE_MYTHOS_5: 'anthropic.claude-mythos-5',
  /**
   * Anthropic Claude Opus 4.1.
   * @deprecated LEGACY (legacy since 2026-07-08, public extended access from 2026-10-08, end of life 2027-01-08).
   */
  ANTHROPIC_CLAUDE_OPUS_4_1_20250805_V1_0: 'anthropic.claude-opus-4-1-20250805-v1:0',
  /** Anthropic Claude Opus 4.5. */
  ANTHROPIC_CLAUDE_OPUS_4_5_20251101_V1_0: 'anthropic.claude-opus-4-5-20251101-v1:0',
  /** Anthropic Claude Opus 4.6. */
  ANTHROPIC_CLAUDE_OPUS_4_6_V1: 'anthropic.claude-opus-4-6-v1',
  /** Anthropic Claude Opus 4.7. */
  ANTHROPIC_CLAUDE_OPUS_4_7: 'anthropic.claude-opus-4-7',
  /** Anthropic Claude Opus 4.8. */
  ANTHROPIC_CLAUDE_OPUS_4_8: 'anthropic.claude-opus-4-8',
  /** Anthropic Claude Opus 5. */
  ANTHROPIC_CLAUDE_OPUS_5: 'anthropic.claude-opus-5',
  /** Anthropic Claude Opus 5.5. */
  ANTHROPIC_CLAUDE_OPUS_5_5: 'anthropic.claude-opus-5-5',
  /** Anthropic Claude Sonnet 4.5. */
  ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
  /** Anthropic Claude Sonnet 4.6. */
  ANTHROPIC_CLAUDE_SONNET_4_6: 'anthropic.claude-sonnet-4-6',
  /** Anthropic Claude Sonnet 5. */
  ANTHROPIC_CLAUDE_SONNET_5: 'anthropic.claude-sonnet-5',
  /** Anthropic Claude Sonnet 5.5. */
  ANTHROPIC_CLAUDE_SONNET_5_5: 'anthropic.claude-sonnet-5-5',
  /** Cohere Embed English. */
  COHERE_EMBED_ENGLISH_V3: 'cohere.embed-english-v3',
  /** Cohere Embed English. */
  COHERE_EMBED_ENGLISH_V3_0_512: 'cohere.embed-english-v3:0:512',
  /** Cohere Embed Multilingual. */
  COHERE_EMBED_MULTILINGUAL_V3: 'cohere.embed-multilingual-v3',
  /** Cohere Embed Multilingual. */
  COHERE_EMBED_MULTILINGUAL_V3_0_512: 'cohere.embed-multilingual-v3:0:512',
  /** Cohere Embed v4. */
  COHERE_EMBED_V4_0: 'cohere.embed-v4:0',
  /** Cohere Rerank 3.5. */
  COHERE_RERANK_V3_5_0: 'cohere.rerank-v3-5:0',
  /** DeepSeek DeepSeek-R1. */
  DEEPSEEK_R1_V1_0: 'deepseek.r1-v1:0',
  /** DeepSeek DeepSeek-V3.1. */
  DEEPSEEK_V3_V1_0: 'deepseek.v3-v1:0',
  /** DeepSeek DeepSeek-V3.1. */
  DEEPSEEK_V3_1: 'deepseek.v3.1',
  /** DeepSeek DeepSeek V3.2. */
  DEEPSEEK_V3_2: 'deepseek.v3.2',
  /** Google Gemma 3 12B IT. */
  GOOGLE_GEMMA_3_12B_IT: 'google.gemma-3-12b-it',
  /** Google Gemma 3 27B PT. */
  GOOGLE_GEMMA_3_27B_IT: 'google.gemma-3-27b-it',
  /** Google Gemma 3 4B IT. */
  GOOGLE_GEMMA_3_4B_IT: 'google.gemma-3-4b-it',
  /** Google Gemma 4 26B-A4B. */
  GOOGLE_GEMMA_4_26B_A4B: 'google.gemma-4-26b-a4b',
  /** Google Gemma 4 31B. */
  GOOGLE_GEMMA_4_31B: 'google.gemma-4-31b',
  /** Google Gemma 4 E2B. */
  GOOGLE_GEMMA_4_E2B: 'google.gemma-4-e2b',
  /** Luma AI Ray v2. */
  LUMA_RAY_V2_0: 'luma.ray-v2:0',
  /** Meta Llama 3.1 70B Instruct. */
  META_LLAMA3_1_70B_INSTRUCT_V1_0: 'meta.llama3-1-70b-instruct-v1:0',
  /** Meta Llama 3.1 70B Instruct. */
  META_LLAMA3_1_70B_INSTRUCT_V1_0_128K: 'meta.llama3-1-70b-instruct-v1:0:128k',
  /** Meta Llama 3.1 8B Instruct. */
  META_LLAMA3_1_8B_INSTRUCT_V1_0: 'meta.llama3-1-8b-instruct-v1:0',
  /** Meta Llama 3.1 8B Instruct. */
  META_LLAMA3_1_8B_INSTRUCT_V1_0_128K: 'meta.llama3-1-8b-instruct-v1:0:128k',
  /** Meta Llama 3.3 70B Instruct. */
  META_LLAMA3_3_70B_INSTRUCT_V1_0: 'meta.llama3-3-70b-instruct-v1:0',
  /** Meta Llama 3.3 70B Instruct. */
  META_LLAMA3_3_70B_INSTRUCT_V1_0_128K: 'meta.llama3-3-70b-instruct-v1:0:128k',
  /** Meta Llama 3 70B Instruct. */
  META_LLAMA3_70B_INSTRUCT_V1_0: 'meta.llama3-70b-instruct-v1:0',
  /** Meta Llama 3 8B Instruct. */
  META_LLAMA3_8B_INSTRUCT_V1_0: 'meta.llama3-8b-instruct-v1:0',
  /** Meta Llama 4 Maverick 17B Instruct. */
  META_LLAMA4_MAVERICK_17B_INSTRUCT_V1_0: 'meta.llama4-maverick-17b-instruct-v1:0',
  /** Meta Llama 4 Maverick 17B Instruct. */
  META_LLAMA4_MAVERICK_17B_INSTRUCT_V1_0_128K: 'meta.llama4-maverick-17b-instruct-v1:0:128k',
  /** Meta Llama 4 Maverick 17B Instruct. */
  META_LLAMA4_MAVERICK_17B_INSTRUCT_V1_0_1M: 'meta.llama4-maverick-17b-instruct-v1:0:1m',
  /** Meta Llama 4 Scout 17B Instruct. */
  META_LLAMA4_SCOUT_17B_INSTRUCT_V1_0: 'meta.llama4-scout-17b-instruct-v1:0',
  /** Meta Llama 4 Scout 17B Instruct. */
  META_LLAMA4_SCOUT_17B_INSTRUCT_V1_0_10M: 'meta.llama4-scout-17b-instruct-v1:0:10m',
  /** Meta Llama 4 Scout 17B Instruct. */
  META_LLAMA4_SCOUT_17B_INSTRUCT_V1_0_128K: 'meta.llama4-scout-17b-instruct-v1:0:128k',
  /** MiniMax MiniMax M2. */
  MINIMAX_MINIMAX_M2: 'minimax.minimax-m2',
  /** MiniMax MiniMax M2.1. */
  MINIMAX_MINIMAX_M2_1: 'minimax.minimax-m2.1',
  /** MiniMax MiniMax M2.5. */
  MINIMAX_MINIMAX_M2_5: 'minimax.minimax-m2.5',
  /** Mistral AI Devstral 2 123B. */
  MISTRAL_DEVSTRAL_2_123B: 'mistral.devstral-2-123b',
  /** Mistral AI Magistral Small 2509. */
  MISTRAL_MAGISTRAL_SMALL_2509: 'mistral.magistral-small-2509',
  /** Mistral AI Ministral 14B 3.0. */
  MISTRAL_MINISTRAL_3_14B_INSTRUCT: 'mistral.ministral-3-14b-instruct',
  /** Mistral AI Ministral 3B. */
  MISTRAL_MINISTRAL_3_3B_INSTRUCT: 'mistral.ministral-3-3b-instruct',
  /** Mistral AI Ministral 3 8B. */
  MISTRAL_MINISTRAL_3_8B_INSTRUCT: 'mistral.ministral-3-8b-instruct',
  /** Mistral AI Mistral 7B Instruct. */
  MISTRAL_MISTRAL_7B_INSTRUCT_V0_2: 'mistral.mistral-7b-instruct-v0:2',
  /** Mistral AI Mistral Large (24.02). */
  MISTRAL_MISTRAL_LARGE_2402_V1_0: 'mistral.mistral-large-2402-v1:0',
  /** Mistral AI Mistral Large (24.07). */
  MISTRAL_MISTRAL_LARGE_2407_V1_0: 'mistral.mistral-large-2407-v1:0',
  /** Mistral AI Mistral Large 3. */
  MISTRAL_MISTRAL_LARGE_3_675B_INSTRUCT: 'mistral.mistral-large-3-675b-instruct',
  /** Mistral AI Mistral Small (24.02). */
  MISTRAL_MISTRAL_SMALL_2402_V1_0: 'mistral.mistral-small-2402-v1:0',
  /** Mistral AI Mixtral 8x7B Instruct. */
  MISTRAL_MIXTRAL_8X7B_INSTRUCT_V0_1: 'mistral.mixtral-8x7b-instruct-v0:1',
  /** Mistral AI Pixtral Large (25.02). */
  MISTRAL_PIXTRAL_LARGE_2502_V1_0: 'mistral.pixtral-large-2502-v1:0',
  /** Mistral AI Voxtral Mini 3B 2507. */
  MISTRAL_VOXTRAL_MINI_3B_2507: 'mistral.voxtral-mini-3b-2507',
  /** Mistral AI Voxtral Small 24B 2507. */
  MISTRAL_VOXTRAL_SMALL_24B_2507: 'mistral.voxtral-small-24b-2507',
  /** Moonshot AI Kimi K2 Thinking. */
  MOONSHOT_KIMI_K2_THINKING: 'moonshot.kimi-k2-thinking',
  /** Moonshot AI Kimi K2 Thinking. */
  MOONSHOTAI_KIMI_K2_THINKING: 'moonshotai.kimi-k2-thinking',
  /** Moonshot AI Kimi K2.5. */
  MOONSHOTAI_KIMI_K2_5: 'moonshotai.kimi-k2.5',
  /** Moonshot AI Kimi K3. */
  MOONSHOTAI_KIMI_K3: 'moonshotai.kimi-k3',
  /** NVIDIA NVIDIA Nemotron Nano 12B v2 VL BF16. */
  NVIDIA_NEMOTRON_NANO_12B_V2: 'nvidia.nemotron-nano-12b-v2',
  /** NVIDIA Nemotron Nano 3 30B. */
  NVIDIA_NEMOTRON_NANO_3_30B: 'nvidia.nemotron-nano-3-30b',
  /** NVIDIA NVIDIA Nemotron Nano 9B v2. */
  NVIDIA_NEMOTRON_NANO_9B_V2: 'nvidia.nemotron-nano-9b-v2',
  /** NVIDIA NVIDIA Nemotron 3 Super 120B A12B. */
  NVIDIA_NEMOTRON_SUPER_3_120B: 'nvidia.nemotron-super-3-120b',
  /** OpenAI GPT-5.4. */
  OPENAI_GPT_5_4: 'openai.gpt-5.4',
  /** OpenAI GPT-5.4 (2026-03-05). */
  OPENAI_GPT_5_4_2026_03_05: 'openai.gpt-5.4-2026-03-05',
  /** OpenAI GPT-5.5. */
  OPENAI_GPT_5_5: 'openai.gpt-5.5',
  /** OpenAI GPT-5.5 (2026-04-23). */
  OPENAI_GPT_5_5_2026_04_23: 'openai.gpt-5.5-2026-04-23',
  /** OpenAI GPT-5.6 Cyber. */
  OPENAI_GPT_5_6_CYBER: 'openai.gpt-5.6-cyber',
  /** OpenAI GPT-5.6 Luna. */
  OPENAI_GPT_5_6_LUNA: 'openai.gpt-5.6-luna',
  /** OpenAI GPT-5.6 Sol. */
  OPENAI_GPT_5_6_SOL: 'openai.gpt-5.6-sol',
  /** OpenAI GPT-5.6 Terra. */
  OPENAI_GPT_5_6_TERRA: 'openai.gpt-5.6-terra',
  /** OpenAI GPT-6 Astra. */
  OPENAI_GPT_6_ASTRA: 'openai.gpt-6-astra',
  /** OpenAI GPT-6 Luna. */
  OPENAI_GPT_6_LUNA: 'openai.gpt-6-luna',
  /** OpenAI GPT-6 Sol. */
  OPENAI_GPT_6_SOL: 'openai.gpt-6-sol',
  /** OpenAI GPT-6.1 Sol. */
  OPENAI_GPT_6_1_SOL: 'openai.gpt-6.1-sol',
  /** OpenAI GPT Daybreak Blue 5.6 Sol. */
  OPENAI_GPT_DAYBREAK_BLUE_5_6_SOL: 'openai.gpt-daybreak-blue-5.6-sol',
  /** OpenAI gpt-oss-120b. */
  OPENAI_GPT_OSS_120B: 'openai.gpt-oss-120b',
  /** OpenAI gpt-oss-120b. */
  OPENAI_GPT_OSS_120B_1_0: 'openai.gpt-oss-120b-1:0',
  /** OpenAI gpt-oss-20b. */
  OPENAI_GPT_OSS_20B: 'openai.gpt-oss-20b',
  /** OpenAI gpt-oss-20b. */
  OPENAI_GPT_OSS_20B_1_0: 'openai.gpt-oss-20b-1:0',
  /** OpenAI GPT OSS Safeguard 120B. */
  OPENAI_GPT_OSS_SAFEGUARD_120B: 'openai.gpt-oss-safeguard-120b',
  /** OpenAI GPT OSS Safeguard 20B. */
  OPENAI_GPT_OSS_SAFEGUARD_20B: 'openai.gpt-oss-safeguard-20b',
  /** Qwen Qwen3 235B A22B 2507. */
  QWEN_QWEN3_235B_A22B_2507: 'qwen.qwen3-235b-a22b-2507',
  /** Qwen Qwen3 235B A22B 2507. */
  QWEN_QWEN3_235B_A22B_2507_V1_0: 'qwen.qwen3-235b-a22b-2507-v1:0',
  /** Qwen Qwen3 32B (dense). */
  QWEN_QWEN3_32B: 'qwen.qwen3-32b',
  /** Qwen Qwen3 32B (dense). */
  QWEN_QWEN3_32B_V1_0: 'qwen.qwen3-32b-v1:0',
  /** Qwen Qwen3-Coder-30B-A3B-Instruct. */
  QWEN_QWEN3_CODER_30B_A3B_INSTRUCT: 'qwen.qwen3-coder-30b-a3b-instruct',
  /** Qwen Qwen3-Coder-30B-A3B-Instruct. */
  QWEN_QWEN3_CODER_30B_A3B_V1_0: 'qwen.qwen3-coder-30b-a3b-v1:0',
  /** Qwen Qwen3 Coder 480B A35B Instruct. */
  QWEN_QWEN3_CODER_480B_A35B_INSTRUCT: 'qwen.qwen3-coder-480b-a35b-instruct',
  /** Qwen Qwen3 Coder 480B A35B Instruct. */
  QWEN_QWEN3_CODER_480B_A35B_V1_0: 'qwen.qwen3-coder-480b-a35b-v1:0',
  /** Qwen Qwen3 Coder Next. */
  QWEN_QWEN3_CODER_NEXT: 'qwen.qwen3-coder-next',
  /** Qwen Qwen3 Next 80B A3B. */
  QWEN_QWEN3_NEXT_80B_A3B: 'qwen.qwen3-next-80b-a3b',
  /** Qwen Qwen3 Next 80B A3B. */
  QWEN_QWEN3_NEXT_80B_A3B_INSTRUCT: 'qwen.qwen3-next-80b-a3b-instruct',
  /** Qwen Qwen3 VL 235B A22B. */
  QWEN_QWEN3_VL_235B_A22B: 'qwen.qwen3-vl-235b-a22b',
  /** Qwen Qwen3 VL 235B A22B. */
  QWEN_QWEN3_VL_235B_A22B_INSTRUCT: 'qwen.qwen3-vl-235b-a22b-instruct',
  /** Stability AI Stable Diffusion 3.5 Large. */
  STABILITY_SD3_5_LARGE_V1_0: 'stability.sd3-5-large-v1:0',
  /** Stability AI Stable Image Conservative Upscale. */
  STABILITY_STABLE_CONSERVATIVE_UPSCALE_V1_0: 'stability.stable-conservative-upscale-v1:0',
  /** Stability AI Stable Image Creative Upscale. */
  STABILITY_STABLE_CREATIVE_UPSCALE_V1_0: 'stability.stable-creative-upscale-v1:0',
  /** Stability AI Stable Image Fast Upscale. */
  STABILITY_STABLE_FAST_UPSCALE_V1_0: 'stability.stable-fast-upscale-v1:0',
  /** Stability AI Stable Image Control Sketch. */
  STABILITY_STABLE_IMAGE_CONTROL_SKETCH_V1_0: 'stability.stable-image-control-sketch-v1:0',
  /** Stability AI Stable Image Control Structure. */
  STABILITY_STABLE_IMAGE_CONTROL_STRUCTURE_V1_0: 'stability.stable-image-control-structure-v1:0',
  /** Stability AI Stable Image Core 1.0. */
  STABILITY_STABLE_IMAGE_CORE_V1_1: 'stability.stable-image-core-v1:1',
  /** Stability AI Stable Image Erase Object. */
  STABILITY_STABLE_IMAGE_ERASE_OBJECT_V1_0: 'stability.stable-image-erase-object-v1:0',
  /** Stability AI Stable Image Inpaint. */
  STABILITY_STABLE_IMAGE_INPAINT_V1_0: 'stability.stable-image-inpaint-v1:0',
  /** Stability AI Stable Image Remove Background. */
  STABILITY_STABLE_IMAGE_REMOVE_BACKGROUND_V1_0: 'stability.stable-image-remove-background-v1:0',
  /** Stability AI Stable Image Search and Recolor. */
  STABILITY_STABLE_IMAGE_SEARCH_RECOLOR_V1_0: 'stability.stable-image-search-recolor-v1:0',
  /** Stability AI Stable Image Search and Replace. */
  STABILITY_STABLE_IMAGE_SEARCH_REPLACE_V1_0: 'stability.stable-image-search-replace-v1:0',
  /** Stability AI Stable Image Style Guide. */
  STABILITY_STABLE_IMAGE_STYLE_GUIDE_V1_0: 'stability.stable-image-style-guide-v1:0',
  /** Stability AI Stable Image Ultra 1.0. */
  STABILITY_STABLE_IMAGE_ULTRA_V1_1: 'stability.stable-image-ultra-v1:1',
  /** Stability AI Stable Image Outpaint. */
  STABILITY_STABLE_OUTPAINT_V1_0: 'stability.stable-outpaint-v1:0',
  /** Stability AI Stable Image Style Transfer. */
  STABILITY_STABLE_STYLE_TRANSFER_V1_0: 'stability.stable-style-transfer-v1:0',
  /** TwelveLabs Marengo Embed 3.0. */
  TWELVELABS_MARENGO_EMBED_3_0_V1_0: 'twelvelabs.marengo-embed-3-0-v1:0',
  /** TwelveLabs Pegasus v1.2. */
  TWELVELABS_PEGASUS_1_2_V1_0: 'twelvelabs.pegasus-1-2-v1:0',
  /** TwelveLabs Pegasus v1.5. */
  TWELVELABS_PEGASUS_1_5_V1_0: 'twelvelabs.pegasus-1-5-v1:0',
  /** Writer Writer Palmyra Vision 7B. */
  WRITER_PALMYRA_VISION_7B: 'writer.palmyra-vision-7b',
  /** Writer Palmyra X4. */
  WRITER_PALMYRA_X4_V1_0: 'writer.palmyra-x4-v1:0',
  /** Writer Palmyra X5. */
  WRITER_PALMYRA_X5_V1_0: 'writer.palmyra-x5-v1:0',
  /** xAI Grok 4.3. */
  XAI_GROK_4_3: 'xai.grok-4.3',
  /** xAI Grok 4.6. */
  XAI_GROK_4_6: 'xai.grok-4.6',
  /** Z.AI GLM 4.6. */
  ZAI_GLM_4_6: 'zai.glm-4.6',
  /** Z.AI GLM 4.7. */
  ZAI_GLM_4_7: 'zai.glm-4.7',
  /** Z.AI GLM 4.7 Flash. */
  ZAI_GLM_4_7_FLASH: 'zai.glm-4.7-flash',
  /** Z.AI GLM 5. */
  ZAI_GLM_5: 'zai.glm-5',
} as const;

/** Every inference-profile ID of the catalog by constant name; LEGACY ones are marked `@deprecated`. */
export const BedrockInferenceProfiles = {
  /** APAC Nova Lite. */
  APAC_AMAZON_NOVA_LITE_V1_0: 'apac.amazon.nova-lite-v1:0',
  /** APAC Nova Micro. */
  APAC_AMAZON_NOVA_MICRO_V1_0: 'apac.amazon.nova-micro-v1:0',
  /** APAC Nova Pro. */
  APAC_AMAZON_NOVA_PRO_V1_0: 'apac.amazon.nova-pro-v1:0',
  /** APAC Anthropic Claude 3.5 Sonnet. */
  APAC_ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0: 'apac.anthropic.claude-3-5-sonnet-20240620-v1:0',
  /** APAC Anthropic Claude 3.5 Sonnet v2. */
  APAC_ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0: 'apac.anthropic.claude-3-5-sonnet-20241022-v2:0',
  /** APAC Anthropic Claude 3.7 Sonnet. */
  APAC_ANTHROPIC_CLAUDE_3_7_SONNET_20250219_V1_0: 'apac.anthropic.claude-3-7-sonnet-20250219-v1:0',
  /** APAC Anthropic Claude 3 Sonnet. */
  APAC_ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0: 'apac.anthropic.claude-3-sonnet-20240229-v1:0',
  /** APAC Pegasus v1.2. */
  APAC_TWELVELABS_PEGASUS_1_2_V1_0: 'apac.twelvelabs.pegasus-1-2-v1:0',
  /** AU Anthropic Claude Haiku 4.5. */
  AU_ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0: 'au.anthropic.claude-haiku-4-5-20251001-v1:0',
  /** AU Anthropic Claude Opus 4.6. */
  AU_ANTHROPIC_CLAUDE_OPUS_4_6_V1: 'au.anthropic.claude-opus-4-6-v1',
  /** AU Anthropic Claude Opus 4.7. */
  AU_ANTHROPIC_CLAUDE_OPUS_4_7: 'au.anthropic.claude-opus-4-7',
  /** AU Anthropic Claude Opus 4.8. */
  AU_ANTHROPIC_CLAUDE_OPUS_4_8: 'au.anthropic.claude-opus-4-8',
  /** AU Anthropic Claude Opus 5. */
  AU_ANTHROPIC_CLAUDE_OPUS_5: 'au.anthropic.claude-opus-5',
  /** AU Anthropic Claude Opus 5.5. */
  AU_ANTHROPIC_CLAUDE_OPUS_5_5: 'au.anthropic.claude-opus-5-5',
  /** AU AU Anthropic Claude Sonnet 4.5. */
  AU_ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0: 'au.anthropic.claude-sonnet-4-5-20250929-v1:0',
  /** AU Anthropic Claude Sonnet 4.6. */
  AU_ANTHROPIC_CLAUDE_SONNET_4_6: 'au.anthropic.claude-sonnet-4-6',
  /** AU Anthropic Claude Sonnet 5. */
  AU_ANTHROPIC_CLAUDE_SONNET_5: 'au.anthropic.claude-sonnet-5',
  /** CA Nova Lite. */
  CA_AMAZON_NOVA_LITE_V1_0: 'ca.amazon.nova-lite-v1:0',
  /** EU Amazon Nova 2 Lite. */
  EU_AMAZON_NOVA_2_LITE_V1_0: 'eu.amazon.nova-2-lite-v1:0',
  /** EU Nova Lite. */
  EU_AMAZON_NOVA_LITE_V1_0: 'eu.amazon.nova-lite-v1:0',
  /** EU Nova Micro. */
  EU_AMAZON_NOVA_MICRO_V1_0: 'eu.amazon.nova-micro-v1:0',
  /** EU Nova Pro. */
  EU_AMAZON_NOVA_PRO_V1_0: 'eu.amazon.nova-pro-v1:0',
  /** EU Anthropic Claude 3 Sonnet. */
  EU_ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0: 'eu.anthropic.claude-3-sonnet-20240229-v1:0',
  /** EU Anthropic Claude Haiku 4.5. */
  EU_ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
  /** EU Anthropic Claude Opus 4.5. */
  EU_ANTHROPIC_CLAUDE_OPUS_4_5_20251101_V1_0: 'eu.anthropic.claude-opus-4-5-20251101-v1:0',
  /** EU Anthropic Claude Opus 4.6. */
  EU_ANTHROPIC_CLAUDE_OPUS_4_6_V1: 'eu.anthropic.claude-opus-4-6-v1',
  /** EU Anthropic Claude Opus 4.7. */
  EU_ANTHROPIC_CLAUDE_OPUS_4_7: 'eu.anthropic.claude-opus-4-7',
  /** EU Anthropic Claude Opus 4.8. */
  EU_ANTHROPIC_CLAUDE_OPUS_4_8: 'eu.anthropic.claude-opus-4-8',
  /** EU Anthropic Claude Opus 5. */
  EU_ANTHROPIC_CLAUDE_OPUS_5: 'eu.anthropic.claude-opus-5',
  /** EU Anthropic Claude Opus 5.5. */
  EU_ANTHROPIC_CLAUDE_OPUS_5_5: 'eu.anthropic.claude-opus-5-5',
  /** EU Anthropic Claude Sonnet 4.5. */
  EU_ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
  /** EU Anthropic Claude Sonnet 4.6. */
  EU_ANTHROPIC_CLAUDE_SONNET_4_6: 'eu.anthropic.claude-sonnet-4-6',
  /** EU Anthropic Claude Sonnet 5. */
  EU_ANTHROPIC_CLAUDE_SONNET_5: 'eu.anthropic.claude-sonnet-5',
  /** EU Cohere Embed v4. */
  EU_COHERE_EMBED_V4_0: 'eu.cohere.embed-v4:0',
  /** EU Mistral Pixtral Large 25.02. */
  EU_MISTRAL_PIXTRAL_LARGE_2502_V1_0: 'eu.mistral.pixtral-large-2502-v1:0',
  /** EU TwelveLabs Marengo Embed 3.0. */
  EU_TWELVELABS_MARENGO_EMBED_3_0_V1_0: 'eu.twelvelabs.marengo-embed-3-0-v1:0',
  /** EU TwelveLabs Pegasus v1.2. */
  EU_TWELVELABS_PEGASUS_1_2_V1_0: 'eu.twelvelabs.pegasus-1-2-v1:0',
  /** GLOBAL Amazon Nova 2 Lite. */
  GLOBAL_AMAZON_NOVA_2_LITE_V1_0: 'global.amazon.nova-2-lite-v1:0',
  /** Global Anthropic Claude Fable 5. */
  GLOBAL_ANTHROPIC_CLAUDE_FABLE_5: 'global.anthropic.claude-fable-5',
  /** Global Anthropic Claude Fable 5.1. */
  GLOBAL_ANTHROPIC_CLAUDE_FABLE_5_1: 'global.anthropic.claude-fable-5-1',
  /** Global Anthropic Claude Haiku 4.5. */
  GLOBAL_ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0: 'global.anthropic.claude-haiku-4-5-20251001-v1:0',
  /** GLOBAL Anthropic Claude Opus 4.5. */
  GLOBAL_ANTHROPIC_CLAUDE_OPUS_4_5_20251101_V1_0: 'global.anthropic.claude-opus-4-5-20251101-v1:0',
  /** Global Anthropic Claude Opus 4.6. */
  GLOBAL_ANTHROPIC_CLAUDE_OPUS_4_6_V1: 'global.anthropic.claude-opus-4-6-v1',
  /** Global Anthropic Claude Opus 4.7. */
  GLOBAL_ANTHROPIC_CLAUDE_OPUS_4_7: 'global.anthropic.claude-opus-4-7',
  /** Global Anthropic Claude Opus 4.8. */
  GLOBAL_ANTHROPIC_CLAUDE_OPUS_4_8: 'global.anthropic.claude-opus-4-8',
  /** Global Anthropic Claude Opus 5. */
  GLOBAL_ANTHROPIC_CLAUDE_OPUS_5: 'global.anthropic.claude-opus-5',
  /** Global Anthropic Claude Opus 5.5. */
  GLOBAL_ANTHROPIC_CLAUDE_OPUS_5_5: 'global.anthropic.claude-opus-5-5',
  /** Global Anthropic Claude Sonnet 4.5. */
  GLOBAL_ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
  /** Global Anthropic Claude Sonnet 4.6. */
  GLOBAL_ANTHROPIC_CLAUDE_SONNET_4_6: 'global.anthropic.claude-sonnet-4-6',
  /** Global Anthropic Claude Sonnet 5. */
  GLOBAL_ANTHROPIC_CLAUDE_SONNET_5: 'global.anthropic.claude-sonnet-5',
  /** Global Anthropic Claude Sonnet 5.5. */
  GLOBAL_ANTHROPIC_CLAUDE_SONNET_5_5: 'global.anthropic.claude-sonnet-5-5',
  /** Global Cohere Embed v4. */
  GLOBAL_COHERE_EMBED_V4_0: 'global.cohere.embed-v4:0',
  /** Global Moonshot AI Kimi K3. */
  GLOBAL_MOONSHOTAI_KIMI_K3: 'global.moonshotai.kimi-k3',
  /** Global OpenAI GPT-5.6 Luna. */
  GLOBAL_OPENAI_GPT_5_6_LUNA: 'global.openai.gpt-5.6-luna',
  /** Global OpenAI GPT-5.6 Sol. */
  GLOBAL_OPENAI_GPT_5_6_SOL: 'global.openai.gpt-5.6-sol',
  /** Global OpenAI GPT-5.6 Terra. */
  GLOBAL_OPENAI_GPT_5_6_TERRA: 'global.openai.gpt-5.6-terra',
  /** Global OpenAI GPT-6 Astra. */
  GLOBAL_OPENAI_GPT_6_ASTRA: 'global.openai.gpt-6-astra',
  /** Global OpenAI GPT-6 Luna. */
  GLOBAL_OPENAI_GPT_6_LUNA: 'global.openai.gpt-6-luna',
  /** Global OpenAI GPT-6 Sol. */
  GLOBAL_OPENAI_GPT_6_SOL: 'global.openai.gpt-6-sol',
  /** GLOBAL TwelveLabs Pegasus v1.2. */
  GLOBAL_TWELVELABS_PEGASUS_1_2_V1_0: 'global.twelvelabs.pegasus-1-2-v1:0',
  /** Global xAI Grok 4.6. */
  GLOBAL_XAI_GROK_4_6: 'global.xai.grok-4.6',
  /** IN OpenAI GPT-5.6 Luna. */
  IN_OPENAI_GPT_5_6_LUNA: 'in.openai.gpt-5.6-luna',
  /** IN OpenAI GPT-5.6 Terra. */
  IN_OPENAI_GPT_5_6_TERRA: 'in.openai.gpt-5.6-terra',
  /** JP Amazon Nova 2 Lite. */
  JP_AMAZON_NOVA_2_LITE_V1_0: 'jp.amazon.nova-2-lite-v1:0',
  /** JP Anthropic Claude Haiku 4.5. */
  JP_ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0: 'jp.anthropic.claude-haiku-4-5-20251001-v1:0',
  /** JP Anthropic Claude Opus 4.7. */
  JP_ANTHROPIC_CLAUDE_OPUS_4_7: 'jp.anthropic.claude-opus-4-7',
  /** JP Anthropic Claude Opus 4.8. */
  JP_ANTHROPIC_CLAUDE_OPUS_4_8: 'jp.anthropic.claude-opus-4-8',
  /** JP Anthropic Claude Opus 5.5. */
  JP_ANTHROPIC_CLAUDE_OPUS_5_5: 'jp.anthropic.claude-opus-5-5',
  /** JP Anthropic Claude Sonnet 4.5. */
  JP_ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0: 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0',
  /** JP Anthropic Claude Sonnet 4.6. */
  JP_ANTHROPIC_CLAUDE_SONNET_4_6: 'jp.anthropic.claude-sonnet-4-6',
  /** US Amazon Nova 2 Lite. */
  US_AMAZON_NOVA_2_LITE_V1_0: 'us.amazon.nova-2-lite-v1:0',
  /** US Nova Lite. */
  US_AMAZON_NOVA_LITE_V1_0: 'us.amazon.nova-lite-v1:0',
  /** US Nova Micro. */
  US_AMAZON_NOVA_MICRO_V1_0: 'us.amazon.nova-micro-v1:0',
  /** US Nova Pro. */
  US_AMAZON_NOVA_PRO_V1_0: 'us.amazon.nova-pro-v1:0',
  /** US Anthropic Claude 3 Sonnet. */
  US_ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0: 'us.anthropic.claude-3-sonnet-20240229-v1:0',
  /** US Anthropic Claude Fable 5. */
  US_ANTHROPIC_CLAUDE_FABLE_5: 'us.anthropic.claude-fable-5',
  /** US Anthropic Claude Fable 5.1. */
  US_ANTHROPIC_CLAUDE_FABLE_5_1: 'us.anthropic.claude-fable-5-1',
  /** US Anthropic Claude Fable 5.2. */
  US_ANTHROPIC_CLAUDE_FABLE_5_2: 'us.anthropic.claude-fable-5-2',
  /** US Anthropic Claude Haiku 4.5. */
  US_ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
  /** US Anthropic Claude Haiku 5.5. */
  US_ANTHROPIC_CLAUDE_HAIKU_5_5: 'us.anthropic.claude-haiku-5-5',
  /**
   * US Claude Opus 4.1.
   * @deprecated LEGACY (legacy since 2026-07-08, public extended access from 2026-10-08, end of life 2027-01-08).
   */
  US_ANTHROPIC_CLAUDE_OPUS_4_1_20250805_V1_0: 'us.anthropic.claude-opus-4-1-20250805-v1:0',
  /** US Anthropic Claude Opus 4.5. */
  US_ANTHROPIC_CLAUDE_OPUS_4_5_20251101_V1_0: 'us.anthropic.claude-opus-4-5-20251101-v1:0',
  /** US Anthropic Claude Opus 4.6. */
  US_ANTHROPIC_CLAUDE_OPUS_4_6_V1: 'us.anthropic.claude-opus-4-6-v1',
  /** US Anthropic Claude Opus 4.7. */
  US_ANTHROPIC_CLAUDE_OPUS_4_7: 'us.anthropic.claude-opus-4-7',
  /** US Anthropic Claude Opus 4.8. */
  US_ANTHROPIC_CLAUDE_OPUS_4_8: 'us.anthropic.claude-opus-4-8',
  /** US Anthropic Claude Opus 5. */
  US_ANTHROPIC_CLAUDE_OPUS_5: 'us.anthropic.claude-opus-5',
  /** US Anthropic Claude Opus 5.5. */
  US_ANTHROPIC_CLAUDE_OPUS_5_5: 'us.anthropic.claude-opus-5-5',
  /** US Anthropic Claude Sonnet 4.5. */
  US_ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  /** US Anthropic Claude Sonnet 4.6. */
  US_ANTHROPIC_CLAUDE_SONNET_4_6: 'us.anthropic.claude-sonnet-4-6',
  /** US Anthropic Claude Sonnet 5. */
  US_ANTHROPIC_CLAUDE_SONNET_5: 'us.anthropic.claude-sonnet-5',
  /** US Anthropic Claude Sonnet 5.5. */
  US_ANTHROPIC_CLAUDE_SONNET_5_5: 'us.anthropic.claude-sonnet-5-5',
  /** US Cohere Embed v4. */
  US_COHERE_EMBED_V4_0: 'us.cohere.embed-v4:0',
  /** US DeepSeek-R1. */
  US_DEEPSEEK_R1_V1_0: 'us.deepseek.r1-v1:0',
  /** US Meta Llama 3.1 70B Instruct. */
  US_META_LLAMA3_1_70B_INSTRUCT_V1_0: 'us.meta.llama3-1-70b-instruct-v1:0',
  /** US Meta Llama 3.1 8B Instruct. */
  US_META_LLAMA3_1_8B_INSTRUCT_V1_0: 'us.meta.llama3-1-8b-instruct-v1:0',
  /** US Meta Llama 3.3 70B Instruct. */
  US_META_LLAMA3_3_70B_INSTRUCT_V1_0: 'us.meta.llama3-3-70b-instruct-v1:0',
  /** US Llama 4 Maverick 17B Instruct. */
  US_META_LLAMA4_MAVERICK_17B_INSTRUCT_V1_0: 'us.meta.llama4-maverick-17b-instruct-v1:0',
  /** US Llama 4 Scout 17B Instruct. */
  US_META_LLAMA4_SCOUT_17B_INSTRUCT_V1_0: 'us.meta.llama4-scout-17b-instruct-v1:0',
  /** US Mistral Pixtral Large 25.02. */
  US_MISTRAL_PIXTRAL_LARGE_2502_V1_0: 'us.mistral.pixtral-large-2502-v1:0',
  /** US Moonshot AI Kimi K3. */
  US_MOONSHOTAI_KIMI_K3: 'us.moonshotai.kimi-k3',
  /** US OpenAI GPT-5.6 Luna. */
  US_OPENAI_GPT_5_6_LUNA: 'us.openai.gpt-5.6-luna',
  /** US OpenAI GPT-5.6 Sol. */
  US_OPENAI_GPT_5_6_SOL: 'us.openai.gpt-5.6-sol',
  /** US OpenAI GPT-5.6 Terra. */
  US_OPENAI_GPT_5_6_TERRA: 'us.openai.gpt-5.6-terra',
  /** US OpenAI GPT-6 Astra. */
  US_OPENAI_GPT_6_ASTRA: 'us.openai.gpt-6-astra',
  /** US OpenAI GPT-6 Luna. */
  US_OPENAI_GPT_6_LUNA: 'us.openai.gpt-6-luna',
  /** US OpenAI GPT-6 Sol. */
  US_OPENAI_GPT_6_SOL: 'us.openai.gpt-6-sol',
  /** US OpenAI GPT-6.1 Sol. */
  US_OPENAI_GPT_6_1_SOL: 'us.openai.gpt-6.1-sol',
  /** US Stable Image Conservative Upscale. */
  US_STABILITY_STABLE_CONSERVATIVE_UPSCALE_V1_0: 'us.stability.stable-conservative-upscale-v1:0',
  /** US Stable Image Creative Upscale. */
  US_STABILITY_STABLE_CREATIVE_UPSCALE_V1_0: 'us.stability.stable-creative-upscale-v1:0',
  /** US Stable Image Fast Upscale. */
  US_STABILITY_STABLE_FAST_UPSCALE_V1_0: 'us.stability.stable-fast-upscale-v1:0',
  /** US Stable Image Control Sketch. */
  US_STABILITY_STABLE_IMAGE_CONTROL_SKETCH_V1_0: 'us.stability.stable-image-control-sketch-v1:0',
  /** US Stable Image Control Structure. */
  US_STABILITY_STABLE_IMAGE_CONTROL_STRUCTURE_V1_0: 'us.stability.stable-image-control-structure-v1:0',
  /** US Stable Image Erase Object. */
  US_STABILITY_STABLE_IMAGE_ERASE_OBJECT_V1_0: 'us.stability.stable-image-erase-object-v1:0',
  /** US Stable Image Inpaint. */
  US_STABILITY_STABLE_IMAGE_INPAINT_V1_0: 'us.stability.stable-image-inpaint-v1:0',
  /** US Stable Image Remove Background. */
  US_STABILITY_STABLE_IMAGE_REMOVE_BACKGROUND_V1_0: 'us.stability.stable-image-remove-background-v1:0',
  /** US Stable Image Search and Recolor. */
  US_STABILITY_STABLE_IMAGE_SEARCH_RECOLOR_V1_0: 'us.stability.stable-image-search-recolor-v1:0',
  /** US Stable Image Search and Replace. */
  US_STABILITY_STABLE_IMAGE_SEARCH_REPLACE_V1_0: 'us.stability.stable-image-search-replace-v1:0',
  /** US Stable Image Style Guide. */
  US_STABILITY_STABLE_IMAGE_STYLE_GUIDE_V1_0: 'us.stability.stable-image-style-guide-v1:0',
  /** US Stable Image Outpaint. */
  US_STABILITY_STABLE_OUTPAINT_V1_0: 'us.stability.stable-outpaint-v1:0',
  /** US Stable Image Style Transfer. */
  US_STABILITY_STABLE_STYLE_TRANSFER_V1_0: 'us.stability.stable-style-transfer-v1:0',
  /** US TwelveLabs Marengo Embed 3.0. */
  US_TWELVELABS_MARENGO_EMBED_3_0_V1_0: 'us.twelvelabs.marengo-embed-3-0-v1:0',
  /** US Pegasus v1.2. */
  US_TWELVELABS_PEGASUS_1_2_V1_0: 'us.twelvelabs.pegasus-1-2-v1:0',
  /** US TwelveLabs Pegasus v1.5. */
  US_TWELVELABS_PEGASUS_1_5_V1_0: 'us.twelvelabs.pegasus-1-5-v1:0',
  /** US Writer Palmyra X4. */
  US_WRITER_PALMYRA_X4_V1_0: 'us.writer.palmyra-x4-v1:0',
  /** US Writer Palmyra X5. */
  US_WRITER_PALMYRA_X5_V1_0: 'us.writer.palmyra-x5-v1:0',
  /** US xAI Grok 4.6. */
  US_XAI_GROK_4_6: 'us.xai.grok-4.6',
} as const;
