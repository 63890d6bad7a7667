import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isIdCandidate, isTemplateCandidate } from './candidates.js';
import { calleeName, CLIENT_REGION_KEYS, MODEL_CALLEE_NAMES } from './call-shapes.js';
import { OPENAI_FACTORIES, REQUEST_CALLEE_NAMES } from './request-callees.js';
import { mayConcernBedrock } from './file-gate.js';
import { getSettings, SETTINGS_KEY, type ResolvedSettings } from './settings.js';

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** What one traversal of a file collects for all eight rules: the candidates, nothing judged yet. */
export interface Collected {
  /** Strings that may hold a model ID (or a template whose static parts may). */
  literals: Array<TSESTree.StringLiteral | TSESTree.TemplateLiteral>;
  /** Calls and constructions that may take a model ID: a callee of `MODEL_CALLEE_NAMES`, or a call's result called. */
  modelCalls: Call[];
  /** Calls and constructions that may carry a request (the request rules' callee names). */
  requestCalls: Call[];
  /** Calls of a plain name with arguments (`frankfurt('…')`): a provider only when the file binds that name to a provider factory. */
  localCalls: TSESTree.CallExpression[];
  /** Names bound to a call of an AI SDK provider factory: `const frankfurt = createAmazonBedrock({ region })`. */
  providerNames: Set<string> | null;
  /** Constructions of the clients whose options carry a region. */
  clients: TSESTree.NewExpression[];
  otherAnthropicClients: boolean;
  /** Whether the file calls a factory of OpenAI-compatible providers (`createOpenAI`): then `localCalls` may be requests. */
  openAiFactories: boolean;
}

/**
 * One file's shared analysis: the collection, and each family's results (ID rules, request rules), computed at most
 * once, by the first rule of that family to ask.
 */
export interface FileAnalysis {
  collected: Collected;
  settings: ResolvedSettings;
  /** Results of the ID rules' and the request rules' analyses, filled lazily (typed by their owners). */
  ids?: unknown;
  requests?: unknown;
  /** What each rule on for the file does once the traversal is done, in the order the rules were created. */
  exits: Array<() => void>;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Callee names, by the collections they go to: one lookup per call however many collections there are. */
const MODEL_CALL = 1;
const REQUEST_CALL = 2;
const CLIENT = 4;
const OTHER_ANTHROPIC_CLIENT = 8;
const OPENAI_FACTORY = 16;
const ANTHROPIC_OTHER_CLIENTS = ['Anthropic', 'AnthropicVertex', 'AnthropicFoundry'];
// `createAmazonBedrock`, `createBedrockAnthropic`, `createBedrockMantle`: what a provider bound to any name is made by.
const PROVIDER_FACTORY = /^create\w*Bedrock\w*$/;

const CALLEE_KINDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (names: Iterable<string>, kind: number): void => {
    for (const name of names) map.set(name, (map.get(name) ?? 0) | kind);
  };
  add(MODEL_CALLEE_NAMES, MODEL_CALL);
  add(REQUEST_CALLEE_NAMES, REQUEST_CALL);
  add(Object.keys(CLIENT_REGION_KEYS), CLIENT);
  add(ANTHROPIC_OTHER_CLIENTS, OTHER_ANTHROPIC_CLIENT);
  add(OPENAI_FACTORIES, OPENAI_FACTORY);
  return map;
})();

// ESLint creates every rule of a file, then traverses it, then runs the `Program:exit` listeners, synchronously and one
// file at a time: the rules after the first ask about the file just seen. `current` is that file's analysis until its
// `Program:exit` (so that no file's tree outlives its lint), and `skipped` the text of the last file the gate turned
// away with the settings it was judged by (a string and an object, which keep no tree alive).
let current: { sourceCode: object; analysis: FileAnalysis } | undefined;
let skipped: { text: string; settings: unknown } | undefined;

const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/**
 * The listeners of a rule of this plugin, and the file's shared analysis. A file whose text cannot hold anything the
 * analysis reports (`file-gate.ts`) gets no listener at all. Otherwise the first rule created for a file gets the
 * listeners that collect for all of them and a `Program:exit` that runs every rule's `onExit` in turn; every other
 * rule registers no listener (each listener is one more function ESLint registers, tags and calls per file) and
 * reports from there, through its own context. One traversal, one collection, one analysis per family (run by the
 * first `onExit` that asks), whatever the number of rules on.
 */
export function fileListeners(context: Context, onExit: (analysis: FileAnalysis) => void): TSESLint.RuleListener {
  const { sourceCode } = context;
  if (current?.sourceCode === sourceCode) {
    const { analysis } = current;
    analysis.exits.push(() => onExit(analysis));
    return NO_LISTENERS;
  }
  const { text } = sourceCode;
  const rawSettings = context.settings[SETTINGS_KEY];
  if (skipped !== undefined && skipped.text === text && skipped.settings === rawSettings) return NO_LISTENERS;
  const settings = getSettings(context);
  if (!mayConcernBedrock(text, settings.catalog)) {
    skipped = { text, settings: rawSettings };
    return NO_LISTENERS;
  }
  skipped = undefined;
  const collected: Collected = {
    literals: [],
    modelCalls: [],
    requestCalls: [],
    localCalls: [],
    providerNames: null,
    clients: [],
    otherAnthropicClients: false,
    openAiFactories: false,
  };
  const analysis: FileAnalysis = { collected, settings, exits: [() => onExit(analysis)] };
  current = { sourceCode, analysis };
  const listeners = collectors(collected, settings);
  listeners['Program:exit'] = (): void => {
    current = undefined;
    for (const exit of analysis.exits) exit();
  };
  return listeners;
}

function collectors(collected: Collected, settings: ResolvedSettings): TSESLint.RuleListener {
  const { catalog } = settings;
  const call = (node: Call): void => {
    const { callee } = node;
    const name = calleeName(callee);
    if (name === null) {
      // createAmazonBedrock({ region })('…')
      if (callee.type === 'CallExpression') collected.modelCalls.push(node);
      return;
    }
    const kind = CALLEE_KINDS.get(name) ?? 0;
    if (kind & REQUEST_CALL) collected.requestCalls.push(node);
    if (kind & OPENAI_FACTORY) collected.openAiFactories = true;
    if (node.type === 'NewExpression') {
      if (kind & CLIENT) collected.clients.push(node);
      if (kind & OTHER_ANTHROPIC_CLIENT) collected.otherAnthropicClients = true;
      if (kind & MODEL_CALL) collected.modelCalls.push(node);
      return;
    }
    if (kind & MODEL_CALL) collected.modelCalls.push(node);
    else if (callee.type === 'Identifier' && node.arguments.length > 0) collected.localCalls.push(node);
    if (name.length >= 13 && name.startsWith('create') && PROVIDER_FACTORY.test(name)) {
      const { parent } = node;
      if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier') (collected.providerNames ??= new Set()).add(parent.id.name);
    }
  };
  return {
    Literal(node): void {
      if (typeof node.value === 'string' && isIdCandidate(node.value, catalog)) collected.literals.push(node as TSESTree.StringLiteral);
    },
    TemplateLiteral(node): void {
      if (node.parent.type !== 'TaggedTemplateExpression' && isTemplateCandidate(node, catalog)) collected.literals.push(node);
    },
    NewExpression: call,
    CallExpression: call,
  };
}
