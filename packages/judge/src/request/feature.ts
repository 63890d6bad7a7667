import type { BedrockCatalog, ConverseFeatures } from '@bedrock-models/catalog';
import type { CapabilityLookup } from './capabilities.js';
import { requestJudgeContext, type RequestJudgeContext } from './finding.js';
import { judgeImageFormat } from './image-format.js';
import { entryOf, isPresent, objectsAlong, stringOf } from './tree.js';
import type { RequestEntry, RequestFinding, RequestObject, RequestOccurrence } from './types.js';

const BLOCKS: ReadonlyArray<['image' | 'document' | 'video', keyof ConverseFeatures]> = [
  ['image', 'imageInput'],
  ['document', 'documentInput'],
  ['video', 'videoInput'],
];
// Where Converse takes a `cachePoint` block: in messages' content, in `system`, and among the tools.
const CACHE_POINT_PLACES: ReadonlyArray<readonly string[]> = [['messages', 'content'], ['system'], ['toolConfig', 'tools']];
// additionalModelRequestFields keys that configure reasoning: Anthropic's `thinking`, Nova's `reasoningConfig`, OpenAI-style `reasoning_effort`.
const REASONING_KEYS = ['thinking', 'reasoningConfig', 'reasoning_config', 'reasoning_effort'];

/**
 * `no-unsupported-model-feature`: a Converse or ConverseStream request uses what the model lacks: `toolConfig`
 * (or tools while streaming, or `toolChoice`), `system`, image / document / video blocks (also images inside
 * tool results), `cachePoint`, a reasoning configuration it does not take. Also an image format Converse does
 * not accept, or one other than the file its bytes are read from. Silent on unknown facts and on values that are
 * not written out.
 */
export function judgeFeatures<L>(catalog: BedrockCatalog, lookup: CapabilityLookup, occurrence: RequestOccurrence<L>): Array<RequestFinding<L>> {
  if (occurrence.via !== 'sdk' || (occurrence.operation !== 'Converse' && occurrence.operation !== 'ConverseStream')) return [];
  const request = occurrence.request;
  if (request?.kind !== 'object') return [];
  const context = requestJudgeContext('no-unsupported-model-feature', catalog, lookup, occurrence);
  if (!context) return [];
  const features = context.model.capabilities.converse;
  const findings: Array<RequestFinding<L>> = [];
  const removable = (entry: RequestEntry<L>) => [
    { messageId: 'removeFeature', data: { key: entry.key }, edit: { kind: 'remove-entry' as const, location: entry.location } },
  ];

  const toolConfig = entryOf(request, 'toolConfig');
  if (isPresent(toolConfig)) {
    if (features.toolUse === false) {
      findings.push(
        context.finding({ messageId: 'toolUse', data: {}, location: toolConfig.keyLocation, field: 'converse.toolUse', suggestions: removable(toolConfig) }),
      );
    } else if (occurrence.operation === 'ConverseStream' && features.toolUseStreaming === false) {
      findings.push(context.finding({ messageId: 'toolUseStreaming', data: {}, location: toolConfig.keyLocation, field: 'converse.toolUseStreaming' }));
    } else if (features.toolChoice === false) {
      const toolChoice = entryOf(toolConfig.value, 'toolChoice');
      if (isPresent(toolChoice))
        findings.push(
          context.finding({
            messageId: 'toolChoice',
            data: {},
            location: toolChoice.keyLocation,
            field: 'converse.toolChoice',
            suggestions: removable(toolChoice),
          }),
        );
    }
  }

  const system = entryOf(request, 'system');
  // `system: []` sends no system prompt.
  const emptySystem = system?.value.kind === 'array' && system.value.complete && system.value.items.length === 0;
  if (isPresent(system) && !emptySystem && features.systemPrompt === false) {
    findings.push(
      context.finding({ messageId: 'systemPrompt', data: {}, location: system.keyLocation, field: 'converse.systemPrompt', suggestions: removable(system) }),
    );
  }

  const blocks = objectsAlong(request, ['messages', 'content']);
  for (const block of blocks) {
    for (const [key, feature] of BLOCKS) {
      const entry = entryOf(block, key);
      if (!isPresent(entry)) continue;
      if (features[feature] === false)
        findings.push(context.finding({ messageId: 'contentBlock', data: { block: key }, location: entry.keyLocation, field: `converse.${feature}` }));
      else if (key === 'image') findings.push(...judgeImageFormat(context, entry.value));
    }
    const toolResult = entryOf(block, 'toolResult');
    for (const inner of objectsAlong(toolResult?.value, ['content'])) {
      const image = entryOf(inner, 'image');
      if (!isPresent(image)) continue;
      if (features.imagesInToolResults === false)
        findings.push(context.finding({ messageId: 'imageInToolResult', data: {}, location: image.keyLocation, field: 'converse.imagesInToolResults' }));
      else findings.push(...judgeImageFormat(context, image.value));
    }
  }

  if (features.promptCaching?.supported === false) {
    for (const place of CACHE_POINT_PLACES) {
      for (const holder of cachePointHolders(request, place)) {
        const cachePoint = entryOf(holder.block, 'cachePoint');
        if (!isPresent(cachePoint)) continue;
        // A block that is only `{ cachePoint }` goes as a whole; a block that also carries content loses the key.
        const location = holder.block.entries.length === 1 && holder.item ? holder.item : cachePoint.location;
        findings.push(
          context.finding({
            messageId: 'promptCaching',
            data: {},
            location: cachePoint.keyLocation,
            field: 'converse.promptCaching',
            suggestions: [{ messageId: 'removeFeature', data: { key: 'cachePoint' }, edit: { kind: 'remove-entry', location } }],
          }),
        );
      }
    }
  }

  findings.push(...reasoning(context, request));
  return findings;
}

// The objects at a place that may hold `cachePoint` (`system: [{ text }, { cachePoint }]`), with the array item to remove.
function cachePointHolders<L>(request: RequestObject<L>, place: readonly string[]): Array<{ block: RequestObject<L>; item: L | null }> {
  return objectsAlong(request, place).map((block) => ({ block, item: block.location }));
}

// A reasoning configuration the model does not take: any, where it takes none; a budget (`type: 'enabled'`), where it takes only adaptive reasoning.
function reasoning<L>(context: RequestJudgeContext<L>, request: RequestObject<L>): Array<RequestFinding<L>> {
  const fact = context.model.capabilities.converse.reasoning;
  if (!fact) return [];
  const fields = entryOf(request, 'additionalModelRequestFields')?.value;
  if (fact.kind === 'none') {
    return REASONING_KEYS.map((key) => entryOf(fields, key))
      .filter(isPresent)
      .map((entry) => context.finding({ messageId: 'reasoning', data: { key: entry.key }, location: entry.keyLocation, field: 'converse.reasoning' }));
  }
  if (fact.kind !== 'adaptive-only') return [];
  const thinking = entryOf(fields, 'thinking')?.value;
  const type = stringOf(entryOf(thinking, 'type')?.value);
  if (!type || type.value !== 'enabled' || thinking?.kind !== 'object') return [];
  // Only `{ type: 'enabled' }` becomes `{ type: 'adaptive' }` by one edit; a budget beside it would be rejected too.
  const suggestions =
    thinking.complete && thinking.entries.length === 1
      ? [{ messageId: 'useAdaptive', data: {}, edit: { kind: 'replace-value' as const, location: type.location, value: 'adaptive' } }]
      : [];
  return [context.finding({ messageId: 'adaptiveOnly', data: { value: type.value }, location: type.location, field: 'converse.reasoning', suggestions })];
}
