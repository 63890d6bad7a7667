import { dateOf, parseBedrockArn, stageOn, type BedrockCatalog, type Model } from '@bedrock-models/catalog';
import { profileChoices, readApplicationProfiles, readRegions, SettingError, throughApplicationProfile } from '@bedrock-models/judge';
import { unknownAnswer } from '../commands/describe.js';
import { explainError } from '../explain/explain.js';
import { checkText } from '../scan/scan.js';
import type { JsonSchema } from './schema.js';

/** An MCP tool: its name, what it does, its input schema, and the function that answers a call. */
export interface Tool {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema & { type: 'object' };
  /** Answers from the catalog; the arguments have been validated against `inputSchema`. Returns JSON-able data. */
  run(args: Record<string, unknown>, catalog: BedrockCatalog): unknown;
}

/** A tool argument that passes the schema but not the tool's own check: answered as invalid params. */
export class ToolArgumentError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field} ${message}`);
    this.name = 'ToolArgumentError';
  }
}

// The shape of an AWS region code; whether the catalog knows the region (or it is a typo of one) is the tools' check.
const REGION_SCHEMA: JsonSchema = { type: 'string', pattern: '^[a-z]{2}(?:-[a-z]+)+-\\d$', description: 'An AWS region code such as us-east-1.' };

/** `check_code`'s languages, and the file name each is checked as (the same extractor as `check`). */
const LANGUAGES: Readonly<Record<string, string | null>> = {
  python: 'snippet.py',
  json: 'snippet.json',
  yaml: 'snippet.yaml',
  terraform: 'snippet.tf',
  hcl: 'snippet.tf',
  toml: 'snippet.toml',
  env: '.env',
  shell: '.env',
  markdown: 'snippet.md',
  javascript: null,
  typescript: null,
};

const CAPABILITIES = [
  'streaming',
  'on-demand',
  'inference-profile',
  'provisioned',
  'bedrock-mantle',
  'fine-tuning',
  'distillation',
  'preference-fine-tuning',
] as const;

function lookupTool(args: Record<string, unknown>, catalog: BedrockCatalog): unknown {
  const value = String(args.id);
  if (args.copiesFrom === undefined) return describeReference(value, value, catalog);
  const copiesFrom = String(args.copiesFrom);
  if (parseBedrockArn(value)?.resourceType !== 'application-inference-profile')
    throw new ToolArgumentError('arguments.copiesFrom', 'applies only when id is an application inference profile ARN (…:application-inference-profile/…)');
  const through = throughApplicationProfile(catalog, applicationProfile(value, copiesFrom, catalog), value)!;
  return { ...(describeReference(value, through, catalog) as object), applicationProfile: { copiesFrom } };
}

// The mapping `copiesFrom` states, read as the plugin's `applicationInferenceProfiles` setting and `--application-profile` are.
function applicationProfile(arn: string, copiesFrom: string, catalog: BedrockCatalog): ReturnType<typeof readApplicationProfiles> {
  try {
    return readApplicationProfiles({ [arn]: copiesFrom }, catalog, 'arguments.copiesFrom');
  } catch (error) {
    if (error instanceof SettingError) throw new ToolArgumentError('arguments.copiesFrom', error.problem);
    throw error;
  }
}

/** What the catalog knows about `judged`, answered for `value` as the caller wrote it. */
function describeReference(value: string, judged: string, catalog: BedrockCatalog): unknown {
  const resolution = catalog.resolve(judged);
  if (!resolution || resolution.kind === 'unknown') {
    const answer = unknownAnswer(catalog, value, resolution);
    return { input: value, kind: 'unknown', message: answer.message, nearMatches: answer.nearMatches, catalogDate: catalog.date };
  }
  if (resolution.kind === 'opaque') {
    return {
      input: value,
      kind: 'opaque',
      message: `An account-owned ${resolution.arn.resourceType} ARN: its model is not named in it, so the catalog cannot judge it.`,
      region: resolution.arn.region,
    };
  }
  const lifecycle = catalog.lifecycle(resolution.id);
  const base = {
    input: value,
    kind: resolution.kind,
    id: resolution.id,
    catalogDate: catalog.date,
    stage: lifecycle?.stage ?? null,
    replacement: catalog.replacementFor(resolution.id),
  };
  if (resolution.kind === 'retired') {
    const { retired } = resolution;
    return {
      ...base,
      name: retired.name,
      provider: retired.provider ?? null,
      retired: retired.retired ?? null,
      lastSeen: retired.lastSeen ?? null,
      lastRegions: retired.regions,
    };
  }
  if (resolution.kind === 'profile') {
    const { profile } = resolution;
    return {
      ...base,
      name: profile.name,
      geo: profile.geo,
      models: profile.models,
      calledFrom: Object.fromEntries(
        Object.keys(profile.sources)
          .sort()
          .map((source) => [source, profile.sources[source]]),
      ),
    };
  }
  const { model } = resolution;
  const regions = Object.fromEntries(
    Object.keys(model.regions)
      .sort()
      .map((region) => {
        const entry = model.regions[region]!;
        const dates = entry.lifecycle
          ? Object.fromEntries(
              (['legacy', 'extendedAccess', 'endOfLife'] as const).flatMap((key) => (entry.lifecycle?.[key] ? [[key, dateOf(entry.lifecycle[key])]] : [])),
            )
          : {};
        return [
          region,
          {
            inferenceTypes: entry.inferenceTypes,
            stage: entry.lifecycle ? stageOn(entry.lifecycle, catalog.date) : null,
            ...dates,
            profiles: catalog.profilesReaching(resolution.id, region),
          },
        ];
      }),
  );
  return {
    ...base,
    ...(resolution.contextVariant
      ? { contextVariant: resolution.contextVariant, note: 'A Provisioned Throughput context variant: on-demand calls reject it.' }
      : {}),
    name: model.name,
    provider: model.provider,
    inputModalities: model.inputModalities,
    outputModalities: model.outputModalities,
    streaming: model.streaming,
    endpoints: model.endpoints ?? ['bedrock-runtime'],
    customizations: model.customizations,
    regions,
    profiles: [...catalog.profilesFor(resolution.id)].sort(),
  };
}

function listModelsTool(args: Record<string, unknown>, catalog: BedrockCatalog): unknown {
  const region = args.region as string | undefined;
  if (region !== undefined && !catalog.knowsRegion(region))
    throw new ToolArgumentError('arguments.region', `is not a region the catalog knows (it knows ${Object.keys(catalog.data.regions).sort().join(', ')})`);
  const provider = (args.provider as string | undefined)?.toLowerCase();
  const modality = (args.modality as string | undefined)?.toUpperCase();
  const capability = args.capability as (typeof CAPABILITIES)[number] | undefined;
  const models = [];
  for (const id of Object.keys(catalog.data.models).sort()) {
    const model = catalog.data.models[id]!;
    if (provider !== undefined && id.slice(0, id.indexOf('.')) !== provider && model.provider.toLowerCase() !== provider) continue;
    if (region !== undefined && !model.regions[region] && catalog.profilesReaching(id, region).length === 0) continue;
    if (modality !== undefined && !model.inputModalities.includes(modality) && !model.outputModalities.includes(modality)) continue;
    const types =
      region === undefined ? Object.values(model.regions).flatMap((entry) => entry.inferenceTypes ?? []) : (model.regions[region]?.inferenceTypes ?? []);
    const reachable = region === undefined ? catalog.profilesFor(id).length > 0 : catalog.profilesReaching(id, region).length > 0;
    if (capability !== undefined && !hasCapability(capability, model, types, reachable)) continue;
    models.push({
      id,
      provider: model.provider,
      name: model.name,
      stage: catalog.lifecycle(id, region === undefined ? {} : { region })?.stage ?? null,
      inputModalities: model.inputModalities,
      outputModalities: model.outputModalities,
      streaming: model.streaming,
      ...(region === undefined
        ? { regions: Object.keys(model.regions).length }
        : { inferenceTypes: model.regions[region]?.inferenceTypes ?? [], profilesFromRegion: catalog.profilesReaching(id, region) }),
    });
  }
  return { catalogDate: catalog.date, count: models.length, models };
}

function hasCapability(capability: (typeof CAPABILITIES)[number], model: Model, types: readonly string[], reachable: boolean): boolean {
  switch (capability) {
    case 'streaming':
      return model.streaming === true;
    case 'on-demand':
      return types.includes('ON_DEMAND');
    case 'inference-profile':
      return reachable;
    case 'provisioned':
      return types.includes('PROVISIONED');
    case 'bedrock-mantle':
      return model.endpoints?.includes('bedrock-mantle') ?? false;
    default:
      return model.customizations.includes(capability.toUpperCase().replace(/-/g, '_'));
  }
}

function resolveForRegionTool(args: Record<string, unknown>, catalog: BedrockCatalog): unknown {
  const value = String(args.model);
  const region = String(args.region);
  if (!catalog.knowsRegion(region))
    throw new ToolArgumentError('arguments.region', `is not a region the catalog knows (it knows ${Object.keys(catalog.data.regions).sort().join(', ')})`);
  const resolution = catalog.resolve(value);
  if (!resolution || resolution.kind === 'unknown' || resolution.kind === 'opaque') {
    const answer = unknownAnswer(catalog, value, resolution?.kind === 'opaque' ? null : resolution);
    return {
      input: value,
      region,
      callable: false,
      message: resolution?.kind === 'opaque' ? 'An account-owned ARN: call it as it is, in its own region.' : answer.message,
      nearMatches: resolution?.kind === 'opaque' ? [] : answer.nearMatches,
    };
  }
  if (resolution.kind === 'retired')
    return {
      input: value,
      region,
      callable: false,
      message: `'${resolution.id}' is retired: Bedrock no longer offers it.`,
      replacement: catalog.replacementFor(resolution.id),
    };
  const modelIds = resolution.kind === 'profile' ? resolution.profile.models : [resolution.id];
  const modelId = modelIds[0]!;
  const types = catalog.inferenceTypes(modelId, region);
  const onDemand = types?.includes('ON_DEMAND') ? modelId : null;
  const choices = profileChoices(catalog, modelId, region);
  const inGeo = choices.filter((choice) => choice.inGeo);
  const global = choices.filter((choice) => !choice.inGeo);
  const recommended = onDemand ?? inGeo[0]?.id ?? global[0]?.id ?? null;
  const why =
    recommended === null
      ? `${region} neither offers '${modelId}' on demand nor can call a profile that reaches it; it is offered in ${catalog.regionsOffering(modelId).join(', ') || 'no region the catalog knows'}.`
      : recommended === onDemand
        ? `${region} offers '${modelId}' on demand.`
        : `${region} offers '${modelId}' only through inference profiles${types === null ? ' (or the catalog does not know how it is offered there)' : ''}; '${recommended}' keeps requests ${inGeo.length > 0 && recommended === inGeo[0]!.id ? `in the ${inGeo[0]!.geo}. geography` : 'routed to any commercial region'}.`;
  return {
    input: value,
    region,
    modelId,
    callable: recommended !== null,
    recommended,
    why,
    onDemand,
    inferenceTypes: types,
    inGeoProfiles: inGeo.map(({ id, geo, destinations }) => ({ id, geo, destinations })),
    globalProfiles: global.map(({ id, destinations }) => ({ id, destinations })),
    stage: catalog.lifecycle(modelId, { region })?.stage ?? null,
    replacement: catalog.replacementFor(modelId),
  };
}

function checkCodeTool(args: Record<string, unknown>, catalog: BedrockCatalog): unknown {
  const language = String(args.language);
  const fileName = LANGUAGES[language];
  if (fileName === null || fileName === undefined) {
    return {
      language,
      supported: false,
      message:
        'JavaScript and TypeScript are checked by the ESLint plugin, which understands their calls, bindings and imports: add @bedrock-models/eslint-plugin and its recommended config, then run eslint.',
    };
  }
  let regions: string[];
  try {
    regions = readRegions(args.region === undefined ? [] : Array.isArray(args.region) ? args.region : [args.region], catalog, 'arguments.region');
  } catch (error) {
    if (error instanceof SettingError) throw new ToolArgumentError(error.field, error.problem);
    throw error;
  }
  const problems = checkText(String(args.code), fileName, { catalog, regions, ...(args.today === undefined ? {} : { today: String(args.today) }) }) ?? [];
  return {
    language,
    supported: true,
    catalogDate: catalog.date,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
    findings: problems.map(({ line, column, rule, severity, messageId, message, id, regions: judged, suggestions }) => ({
      line,
      column,
      rule,
      severity,
      messageId,
      message,
      id,
      regions: judged,
      suggestions,
    })),
  };
}

/** The tools the server offers, in the order `tools/list` gives them. */
export const TOOLS: readonly Tool[] = [
  {
    name: 'lookup',
    title: 'Look up a Bedrock model ID',
    description:
      'What the bundled Amazon Bedrock catalog knows about a model ID, inference profile ID or Bedrock ARN: whether it exists, its provider, modalities and streaming, its lifecycle (ACTIVE, LEGACY with dates, past end of life, retired) and replacement, per region the inference types offered and the profiles callable from there. For an unknown ID, the closest real IDs. Offline.',
    inputSchema: {
      type: 'object',
      properties: {
        id: { type: 'string', minLength: 1, description: 'A model ID (anthropic.claude-3-5-haiku-20241022-v1:0), profile ID (us.…) or Bedrock ARN.' },
        copiesFrom: {
          type: 'string',
          minLength: 1,
          description:
            'When id is an application inference profile ARN, whose model the ARN does not name: the model or system profile ID it was created from (its CreateInferenceProfile modelSource, or GetInferenceProfile models). The answer is then about that model.',
        },
      },
      required: ['id'],
      additionalProperties: false,
    },
    run: lookupTool,
  },
  {
    name: 'list_models',
    title: 'List Bedrock models',
    description:
      'The models of the bundled Bedrock catalog, filtered by region (offered there or reachable through a profile from there), provider, modality (input or output) and capability. Offline.',
    inputSchema: {
      type: 'object',
      properties: {
        region: REGION_SCHEMA,
        provider: { type: 'string', minLength: 1, description: 'The provider, as in the model ID (anthropic, amazon, meta …) or its name.' },
        modality: {
          type: 'string',
          enum: ['TEXT', 'IMAGE', 'VIDEO', 'AUDIO', 'SPEECH', 'EMBEDDING', 'text', 'image', 'video', 'audio', 'speech', 'embedding'],
          description: 'An input or output modality.',
        },
        capability: {
          type: 'string',
          enum: CAPABILITIES,
          description:
            'What the catalog knows a model can do: stream, be called on demand or through an inference profile (in the region, if given), Provisioned Throughput, the bedrock-mantle endpoint, customisations.',
        },
      },
      additionalProperties: false,
    },
    run: listModelsTool,
  },
  {
    name: 'resolve_for_region',
    title: 'Which ID to call from a region',
    description:
      'The model ID to put in a Bedrock call made from a region: the model ID itself where the region offers it on demand, else the in-geography cross-region inference profile (us., eu., apac. …), else the global. profile; with every profile callable from that region and where each routes. Offline.',
    inputSchema: {
      type: 'object',
      properties: {
        model: { type: 'string', minLength: 1, description: 'A model ID or profile ID.' },
        region: { ...REGION_SCHEMA, description: 'The region the call is made from.' },
      },
      required: ['model', 'region'],
      additionalProperties: false,
    },
    run: resolveForRegionTool,
  },
  {
    name: 'check_code',
    title: 'Check code for Bedrock model ID mistakes',
    description:
      'Checks a code or configuration snippet as `bedrock-models check` checks a file of that language: unknown, deprecated and region-unavailable model IDs, and models that need an inference profile, with the same messages and suggestions. Python, JSON, YAML, Terraform, TOML, .env and Markdown; for JavaScript and TypeScript it points to the ESLint plugin. Offline.',
    inputSchema: {
      type: 'object',
      properties: {
        code: { type: 'string', maxLength: 1024 * 1024, description: 'The snippet.' },
        language: { type: 'string', enum: Object.keys(LANGUAGES), description: 'Its language.' },
        region: {
          anyOf: [REGION_SCHEMA, { type: 'array', items: REGION_SCHEMA }],
          description: 'Where the code runs when it does not say (one region or several).',
        },
        today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Judge lifecycle at this date (YYYY-MM-DD); default: the catalog’s date.' },
      },
      required: ['code', 'language'],
      additionalProperties: false,
    },
    run: checkCodeTool,
  },
  {
    name: 'explain_error',
    title: 'Explain a Bedrock runtime error',
    description:
      'Given a Bedrock runtime error message (The provided model identifier is invalid; on-demand throughput isn’t supported; This model doesn’t support tool use; extraneous key [cachePoint] is not permitted …), its likely causes in order, how to tell them apart, the bedrock-models rule that catches each, and what the catalog says about any model ID the message quotes. Offline.',
    inputSchema: {
      type: 'object',
      properties: { message: { type: 'string', minLength: 1, description: 'The error text, as printed (prefixes such as ValidationException: are fine).' } },
      required: ['message'],
      additionalProperties: false,
    },
    run: (args, catalog) => explainError(String(args.message), catalog),
  },
];
