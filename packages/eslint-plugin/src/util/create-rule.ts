import type { RuleContext, RuleListener, RuleMetaData, RuleModule } from '@typescript-eslint/utils/ts-eslint';

/** Where every rule's documentation lives; `meta.docs.url` is this plus `<rule>.md`. */
export const DOCS_URL = 'https://github.com/bedrock-models/bedrock-models/blob/main/packages/eslint-plugin/docs/rules/';

/** A rule of this plugin: a typed rule module that also carries its name. */
export type BedrockRule<MessageIds extends string, Options extends readonly unknown[]> = RuleModule<MessageIds, Options> & { name: string };

interface RuleDefinition<MessageIds extends string, Options extends readonly unknown[]> {
  name: string;
  meta: Omit<RuleMetaData<MessageIds, unknown, Options>, 'docs' | 'defaultOptions'> & { docs: { description: string } };
  defaultOptions: Options;
  create: (context: Readonly<RuleContext<MessageIds, Options>>, options: Options) => RuleListener;
}

/**
 * Creates a rule the way typescript-eslint's `ESLintUtils.RuleCreator` does: `meta.docs.url` from the rule's
 * name, `meta.defaultOptions`, and `create` called with the user's options merged over the defaults.
 * Written here rather than imported so that the plugin has no runtime dependency on `@typescript-eslint/utils`,
 * whose TypeScript peer dependency would otherwise be installed into plain JavaScript projects.
 */
export function createRule<MessageIds extends string, Options extends readonly unknown[]>({
  name,
  meta,
  defaultOptions,
  create,
}: RuleDefinition<MessageIds, Options>): BedrockRule<MessageIds, Options> {
  // The merge is cached by content: once per distinct configuration, not once per file (it cloned the defaults
  // for every file and rule). ESLint hands each file a fresh options array, so neither identity nor a WeakMap
  // helps (a WeakMap entry per file and rule cost more than the merge); the options of the previous file are
  // compared first, structurally, which is all most runs need, and only a change serialises them. Rules never
  // mutate their options.
  const merged = new Map<string, Options>();
  let previous: { raw: readonly unknown[]; options: Options } | undefined;
  return {
    name,
    meta: { ...meta, defaultOptions, docs: { ...meta.docs, url: `${DOCS_URL}${name}.md` } },
    defaultOptions,
    create(context) {
      const raw = context.options;
      let options = previous !== undefined && sameValue(raw, previous.raw) ? previous.options : undefined;
      if (!options) {
        const key = raw.length === 0 ? '' : JSON.stringify(raw);
        options = merged.get(key);
        if (!options) {
          options = applyDefault(defaultOptions, raw);
          merged.set(key, options);
        }
        previous = { raw, options };
      }
      return create(context, options);
    },
  };
}

/** The user's options over the defaults: objects merged deeply, anything else replaced. */
export function applyDefault<Options extends readonly unknown[]>(defaults: Options, user: readonly unknown[] | undefined): Options {
  const options = structuredClone(defaults) as unknown as unknown[];
  if (!user) return options as unknown as Options;
  options.forEach((option, index) => {
    const given = user[index];
    if (given === undefined) return;
    options[index] = isPlainObject(option) && isPlainObject(given) ? deepMerge(option, given) : given;
  });
  return options as unknown as Options;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = merged[key];
    merged[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

// Structural equality of two option values (JSON data as ESLint validated it against the rule's schema).
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameValue(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
