import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BedrockCatalog, type Catalog } from '@bedrock-models/catalog';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan/scan.js';
import { TEST_CATALOG } from './helpers.js';

const catalog = BedrockCatalog.of(JSON.parse(readFileSync(TEST_CATALOG, 'utf8')) as Catalog);

/** The findings `check --region us-east-1` makes in one file, as `line:column rule region(s)`. */
function findings(name: string, text: string): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'bedrock-models-precision-'));
  writeFileSync(join(folder, name), text);
  const result = scan({ cwd: folder, catalog, regions: ['us-east-1'] });
  return result.reports.flatMap((report) =>
    report.problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule}${problem.regions.length > 0 ? ` ${problem.regions.join(',')}` : ''}`),
  );
}

describe('what the precision corpus found in the CLI (issue 10)', () => {
  it('a model key on the items of a list is a registry, not the configuration of one call', () => {
    const json = '[\n  { "modelId": "eu.anthropic.claude-sonnet-4-6", "label": "EU" },\n  { "modelId": "anthropic.claude-sonnet-4-6", "label": "base" }\n]\n';
    expect(findings('models.json', json)).toEqual([]);
    const yaml = 'menu:\n  - modelId: eu.anthropic.claude-sonnet-4-6\n    label: EU\n  - label: base\n    modelId: anthropic.claude-sonnet-4-6\n';
    expect(findings('menu.yaml', yaml)).toEqual([]);
    // One object is one call's configuration, nested in a list or not.
    const config =
      '{ "Nodes": [{ "Configuration": { "Inline": { "ModelId": "eu.anthropic.claude-sonnet-4-6" } } }], "Agent": { "FoundationModel": "anthropic.claude-sonnet-4-6" } }\n';
    expect(findings('stack.json', config)).toEqual(['1:57 no-region-unavailable-model-id us-east-1', '1:128 require-inference-profile us-east-1']);
  });

  it('a region key beside a model key names where that model is called', () => {
    const json =
      '{\n  "a": { "modelId": "eu.anthropic.claude-sonnet-4-6", "region": "eu-west-1" },\n  "b": { "region": "us-west-2", "modelId": "eu.anthropic.claude-sonnet-4-6" }\n}\n';
    expect(findings('clients.json', json)).toEqual(['3:44 no-region-unavailable-model-id us-west-2']);
    const yaml =
      'a:\n  modelId: eu.anthropic.claude-sonnet-4-6\n  region: eu-west-1\nb:\n  - region: ap-northeast-1\n    modelId: au.anthropic.claude-sonnet-4-6\n';
    expect(findings('clients.yaml', yaml)).toEqual(['6:14 no-region-unavailable-model-id ap-northeast-1']);
    const python =
      'CLIENTS = [\n    {"model_id": "eu.anthropic.claude-sonnet-4-6", "region_name": "eu-west-1"},\n    {"model_id": "jp.anthropic.claude-sonnet-4-6", "region_name": "eu-west-1"},\n]\n';
    expect(findings('clients.py', python)).toEqual(['3:18 no-region-unavailable-model-id eu-west-1']);
  });

  it('a region in a .env file or a TOML table names where its model IDs are called', () => {
    expect(findings('eu.env', 'AWS_REGION=eu-west-1\nBEDROCK_MODEL_ID=eu.anthropic.claude-sonnet-4-6\nMODEL_ID=us.anthropic.claude-sonnet-4-6\n')).toEqual([
      '3:10 no-region-unavailable-model-id eu-west-1',
    ]);
    const toml =
      '[eu]\nregion = "eu-west-1"\nmodel_id = "eu.anthropic.claude-sonnet-4-6"\n\n[sydney]\nregion = "ap-southeast-2"\nmodel_id = "eu.anthropic.claude-sonnet-4-6"\n';
    expect(findings('settings.toml', toml)).toEqual(['7:12 no-region-unavailable-model-id ap-southeast-2']);
  });

  it('reads one-line commands under shell keys and Key=value scalars in YAML as words', () => {
    const yaml = [
      'phases:',
      '  build:',
      '    commands:',
      '      - aws bedrock get-foundation-model --model-identifier amazon.nova-pro-v1',
      '      - echo done',
      'parameter_overrides:',
      '  - BedrockModelId=anthropic.claude-instant-v1',
      'description: uses anthropic.claude-instant-v1 for summaries',
      '',
    ].join('\n');
    expect(findings('buildspec.yaml', yaml)).toEqual(['4:61 no-unknown-model-id', '7:20 no-deprecated-model-id']);
  });

  it('judges messages.create in Python as Bedrock’s only through an AnthropicBedrock client', () => {
    const python = [
      'from anthropic import AnthropicBedrock, AnthropicVertex',
      'vertex = AnthropicVertex(region="europe-west1", project_id="p")',
      'bedrock = AnthropicBedrock(aws_region="us-east-1")',
      'vertex.messages.create(model="claude-sonnet-4-5@20250929", max_tokens=1, messages=[])',
      'bedrock.messages.create(model="claude-sonnet-4-5@20250929", max_tokens=1, messages=[])',
      '',
    ].join('\n');
    expect(findings('clients.py', python)).toEqual(['5:31 no-unknown-model-id us-east-1']);
  });

  it('resolves an f-string whose interpolation is a literal choice, leaving the region to a region test', () => {
    const python = [
      'import boto3',
      'client = boto3.client("bedrock-runtime", region_name="us-east-1")',
      "model_id = f\"{'apac' if region.startswith('ap') else 'eu'}.anthropic.claude-sonnet-4-6\"",
      'client.converse(modelId=model_id, messages=[])',
      "plain = f\"{'eu' if fast else 'us'}.anthropic.claude-sonnet-4-6\"",
      'client.converse(modelId=plain, messages=[])',
      '',
    ].join('\n');
    // `apac.` has no profile of the model; `eu.` is judged only where no region test decides (the second call).
    expect(findings('guard.py', python)).toEqual(['3:12 no-unknown-model-id', '5:9 no-region-unavailable-model-id us-east-1']);
  });

  it('reads object keys in Markdown JavaScript blocks: region-keyed maps and model keys', () => {
    const markdown = [
      '```ts',
      "const BY_REGION = { 'eu-west-1': 'eu.anthropic.claude-sonnet-4-6', 'ap-northeast-1': 'au.anthropic.claude-sonnet-4-6' };",
      "await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-6', messages }));",
      "const pick = fast ? 'eu.anthropic.claude-sonnet-4-6' : 'us.anthropic.claude-sonnet-4-6';",
      '```',
      '',
    ].join('\n');
    expect(findings('README.md', markdown)).toEqual(['2:86 no-region-unavailable-model-id ap-northeast-1', '3:50 require-inference-profile us-east-1']);
  });

  it('an application’s `-v1` alias is no model ID outside a call; a catalog ID missing its `:0` is', () => {
    const python = 'class ChatModel(str, Enum):\n    SONNET = "anthropic.claude-3-5-sonnet-v1"\n    NOVA = "amazon.nova-pro-v1"\n';
    expect(findings('models.py', python)).toEqual(['3:12 no-unknown-model-id']);
  });
});
