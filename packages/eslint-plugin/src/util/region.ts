import type { TSESTree } from '@typescript-eslint/utils';
import type { Resolver } from './resolve.js';
import { calleeName, CLIENT_REGION_KEYS, constructionOf, propertyValue, type CallRegion } from './call-shapes.js';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const SDK_CLIENTS = new Set(['BedrockRuntimeClient', 'BedrockRuntime', 'BedrockClient', 'BedrockAgentClient', 'BedrockAgentRuntimeClient']);
const ANTHROPIC_CLIENTS = new Set(['AnthropicBedrock']);

/**
 * The regions a call runs in, as far as the code says: the literal or const-resolved `region` of the client
 * it goes through (`process.env.AWS_REGION ?? 'eu-west-1'` counts as its fallback), or the wrapper's own
 * options. Empty when the code does not say (environment only, a client from another module): the caller
 * then falls back to the configured regions.
 */
export function regionsOf(source: CallRegion, resolver: Resolver, clients: readonly TSESTree.NewExpression[]): string[] {
  switch (source.kind) {
    case 'options':
      return source.options ? optionRegions(source.options, source.keys, resolver) : [];
    case 'client':
      return clientRegions(source.client, resolver, clients, source.family === 'anthropic' ? ANTHROPIC_CLIENTS : SDK_CLIENTS);
    case 'command':
      return commandRegions(source.command, resolver, clients);
    case 'none':
      return [];
  }
}

/** The region values an options object states under any of `keys`. */
export function optionRegions(options: TSESTree.Node, keys: readonly string[], resolver: Resolver): string[] {
  const regions = new Set<string>();
  for (const key of keys) {
    const value = propertyValue(options, key, resolver);
    if (!value) continue;
    for (const region of resolver.strings(value, 1)) if (REGION.test(region.value)) regions.add(region.value);
  }
  return [...regions].sort();
}

/** The region values a string expression holds (an object's `region` beside its `modelId`). */
export function regionValues(node: TSESTree.Node, resolver: Resolver): string[] {
  return [
    ...new Set(
      resolver
        .strings(node, 1)
        .map((value) => value.value)
        .filter((value) => REGION.test(value)),
    ),
  ].sort();
}

function clientRegions(client: TSESTree.Node, resolver: Resolver, clients: readonly TSESTree.NewExpression[], family: ReadonlySet<string>): string[] {
  const construction = constructionOf(client, resolver);
  if (construction) return constructionRegions(construction, resolver);
  // `this.client.messages.create(…)`: the clients of that kind the file builds say where it runs.
  return fileRegions(clients, resolver, family);
}

// client.send(new ConverseCommand(…)); const command = new ConverseCommand(…); await client.send(command)
function commandRegions(command: TSESTree.NewExpression, resolver: Resolver, clients: readonly TSESTree.NewExpression[]): string[] {
  const targets: TSESTree.Node[] = [];
  const parent = command.parent;
  if (isSendOf(parent, command)) targets.push(parent.callee.object);
  if (parent.type === 'VariableDeclarator' && parent.init === command && parent.id.type === 'Identifier') {
    const variable = resolver.variable(parent.id);
    for (const reference of variable?.references ?? []) {
      const use = reference.identifier.parent;
      if (use && isSendOf(use, reference.identifier)) targets.push(use.callee.object);
    }
  }
  const regions = new Set<string>();
  for (const target of targets) {
    const construction = constructionOf(target, resolver);
    if (!construction) return fileRegions(clients, resolver, SDK_CLIENTS);
    for (const region of constructionRegions(construction, resolver)) regions.add(region);
  }
  return targets.length > 0 ? [...regions].sort() : fileRegions(clients, resolver, SDK_CLIENTS);
}

function isSendOf(node: TSESTree.Node, argument: TSESTree.Node): node is TSESTree.CallExpression & { callee: TSESTree.MemberExpression } {
  return node.type === 'CallExpression' && node.arguments[0] === argument && node.callee.type === 'MemberExpression' && calleeName(node.callee) === 'send';
}

function constructionRegions(construction: TSESTree.NewExpression, resolver: Resolver): string[] {
  const name = calleeName(construction.callee);
  const keys = name !== null && Object.hasOwn(CLIENT_REGION_KEYS, name) ? CLIENT_REGION_KEYS[name]! : null;
  const [options] = construction.arguments;
  if (!keys || !options || options.type === 'SpreadElement') return [];
  return optionRegions(options, keys, resolver);
}

// The client a call goes through cannot be traced: when every client of that kind the file builds agrees on one region, that is it.
function fileRegions(clients: readonly TSESTree.NewExpression[], resolver: Resolver, family: ReadonlySet<string>): string[] {
  let agreed: string | null = null;
  for (const client of clients) {
    if (!family.has(calleeName(client.callee) ?? '')) continue;
    const regions = constructionRegions(client, resolver);
    if (regions.length !== 1) return [];
    const key = regions.join(',');
    if (agreed !== null && agreed !== key) return [];
    agreed = key;
  }
  return agreed === null ? [] : agreed.split(',');
}
