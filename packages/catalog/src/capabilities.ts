import { getBundledCapabilitiesData } from './capabilities-load.js';
import type { CapabilitiesData, ModelCapabilities, RequestFamily } from './capabilities-types.js';
import { assertValidCapabilities } from './capabilities-validate.js';

const views = new WeakMap<CapabilitiesData, BedrockCapabilities>();

/**
 * The typed view of capabilities data: what each model accepts in a request, every fact with its source.
 * A null field is unknown, never "no". Keys are base model IDs: resolve a profile ID or an ARN to its model
 * first (`BedrockCatalog.resolve`).
 */
export class BedrockCapabilities {
  /** The capabilities shipped with this package, read from disk on the first call only. */
  static bundled(): BedrockCapabilities {
    return BedrockCapabilities.of(getBundledCapabilitiesData());
  }

  /** One shared view per data object; the data is trusted as is (see {@link BedrockCapabilities.fromUnknown}). */
  static of(data: CapabilitiesData): BedrockCapabilities {
    let view = views.get(data);
    if (!view) {
      view = new BedrockCapabilities(data);
      views.set(data, view);
    }
    return view;
  }

  /** Validates a parsed capabilities object (a setting, a file) and wraps it; throws naming `where` and the field. */
  static fromUnknown(value: unknown, where: string): BedrockCapabilities {
    assertValidCapabilities(value, where);
    return BedrockCapabilities.of(value);
  }

  readonly data: CapabilitiesData;

  private constructor(data: CapabilitiesData) {
    this.data = data;
  }

  /** `YYYY-MM-DD` of the newest source behind the data. */
  get currentTo(): string {
    return this.data.currentTo;
  }

  /** The capabilities of a base model ID; null when the data has no entry for it. */
  forModel(modelId: string): ModelCapabilities | null {
    return Object.hasOwn(this.data.models, modelId) ? this.data.models[modelId]! : null;
  }

  /** A request family by its key (`anthropic-claude-messages`); null when there is none. */
  family(name: string): RequestFamily | null {
    return Object.hasOwn(this.data.families, name) ? this.data.families[name]! : null;
  }

  /** The native InvokeModel request family of a base model ID; null when the model or its family is unknown. */
  familyOf(modelId: string): RequestFamily | null {
    const family = this.forModel(modelId)?.family;
    return family ? this.family(family) : null;
  }

  /** Every model ID with an entry, sorted. */
  modelIds(): string[] {
    return Object.keys(this.data.models).sort();
  }
}
