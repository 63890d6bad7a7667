// 6. The catalog CLI (`bedrock-models check`, packages/cli): scan throughput over a generated tree of Python,
// JSON, YAML, Terraform and Markdown files, each holding model IDs (half of them wrong).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BedrockCatalog } from '@bedrock-models/catalog';
import { drawIds } from './generate.ts';
import { log, type Options, type Row, type Section } from './report.ts';
import { fmt, interleave, median } from './stats.ts';
import type { Workspace } from './workspace.ts';

const IDS_PER_FILE = 10;

/** One file of each kind, `{n}` IDs each, with ordinary lines around them. */
const WRITERS: ReadonlyArray<[string, (ids: readonly string[]) => string]> = [
  [
    'py',
    (ids) =>
      `import boto3\n\nclient = boto3.client("bedrock-runtime", region_name="us-east-1")\n\n${ids
        .map(
          (id, n) =>
            `def ask_${n}(text):\n    # ask the model\n    return client.converse(modelId="${id}", messages=[{"role": "user", "content": [{"text": text}]}])\n`,
        )
        .join('\n')}`,
  ],
  [
    'json',
    (ids) =>
      `${JSON.stringify({ service: 'chat', region: 'us-east-1', models: Object.fromEntries(ids.map((id, n) => [`model${n}`, { id, maxTokens: 512 }])) }, null, 2)}\n`,
  ],
  ['yaml', (ids) => `service: chat\nregion: us-east-1\nmodels:\n${ids.map((id, n) => `  model${n}:\n    id: ${id}\n    temperature: 0.2\n`).join('')}`],
  ['tf', (ids) => ids.map((id, n) => `variable "model_${n}" {\n  type    = string\n  default = "${id}"\n}\n`).join('\n')],
  ['md', (ids) => `# Models\n\nWhich models the service calls.\n\n\`\`\`python\n${ids.map((id, n) => `MODEL_${n} = "${id}"`).join('\n')}\n\`\`\`\n`],
];

function runCli(bin: string, args: readonly string[]): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0 || code === 1) resolve({ ms, stdout });
      else reject(new Error(`bedrock-models ${args.join(' ')} exited ${code}: ${stderr.slice(0, 2000)}`));
    });
  });
}

export async function runCliScan(options: Options, workspace: Workspace, bin: string): Promise<Section> {
  const files = options.quick ? 250 : 2500;
  const dir = join(workspace.dir, 'cli-tree');
  const ids = drawIds(BedrockCatalog.bundled(), files * IDS_PER_FILE, workspace.regions[0]!);
  for (let file = 0; file < files; file++) {
    const [extension, write] = WRITERS[file % WRITERS.length]!;
    const folder = join(dir, `team-${file % 10}`, `service-${Math.floor(file / 10) % 25}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `config-${file}.${extension}`), write(ids.slice(file * IDS_PER_FILE, (file + 1) * IDS_PER_FILE).map((use) => use.id)));
  }
  const check = ['check', dir, '--region', workspace.regions[0]!, '--format', 'json'];
  const first = JSON.parse((await runCli(bin, check)).stdout) as { filesChecked: number; errorCount: number; warningCount: number };
  log(`cli: ${options.lintRounds} interleaved rounds of \`bedrock-models check\` over ${files} files and \`bedrock-models --version\``);
  const runs = await interleave<'check' | 'start', number>(
    ['check', 'start'],
    options.lintRounds,
    async (variant) => (await runCli(bin, variant === 'check' ? check : ['--version'])).ms,
  );
  const wall = median(runs.check);
  const start = median(runs.start);
  const rows: Row[] = [
    { benchmark: '6 cli check', figure: `scan throughput (${files} files, whole process)`, value: `${fmt(files / (wall / 1000))} files/s (${fmt(wall)} ms)` },
    {
      benchmark: '6 cli check',
      figure: 'same, minus a `--version` run (process start)',
      value: `${fmt(files / ((wall - start) / 1000))} files/s; ${fmt(((files * IDS_PER_FILE) / (wall - start)) * 1000)} IDs/s`,
    },
  ];
  const notes = [
    `6: ${files} generated files (.py, .json, .yaml, .tf, .md in turn) × ${IDS_PER_FILE} model IDs, half wrong; the CLI checked ${first.filesChecked} files and reported ${first.errorCount} errors, ${first.warningCount} warnings; ${options.lintRounds} rounds; check runs (ms) ${runs.check.map(Math.round).join(', ')}; --version runs (ms) ${runs.start.map(Math.round).join(', ')}`,
  ];
  return { name: 'cli', rows, notes };
}
