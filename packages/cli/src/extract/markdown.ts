import { extractJavaScript, extractWords } from './code.js';
import { extractEnv } from './env.js';
import { extractJson } from './json.js';
import { extractPython } from './python.js';
import { extractTerraform } from './terraform.js';
import { extractToml } from './toml.js';
import type { Candidate, Extraction, Extractor } from './types.js';
import { extractYaml } from './yaml.js';

// Fences at any indentation: READMEs nest their step-by-step samples under list items.
const FENCE = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^\s`{]*)/;
const LANGUAGES: Readonly<Record<string, Extractor>> = {
  python: extractPython,
  py: extractPython,
  python3: extractPython,
  json: extractJson,
  jsonc: extractJson,
  json5: extractJson,
  yaml: extractYaml,
  yml: extractYaml,
  toml: extractToml,
  hcl: extractTerraform,
  terraform: extractTerraform,
  tf: extractTerraform,
  env: extractEnv,
  dotenv: extractEnv,
  js: extractJavaScript,
  javascript: extractJavaScript,
  mjs: extractJavaScript,
  cjs: extractJavaScript,
  jsx: extractJavaScript,
  ts: extractJavaScript,
  typescript: extractJavaScript,
  tsx: extractJavaScript,
};

/**
 * The fenced code blocks of a Markdown file, each read by the extractor of its language (```` ```python ````,
 * ```` ```yaml ````, …); blocks in other languages, shell sessions and blocks without a language are read as
 * words. Prose and inline code are not read: documentation that names a retired model is not a mistake.
 */
export function extractMarkdown(text: string): Extraction {
  const lines = text.split('\n');
  const candidates: Candidate[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]!);
    if (!open) continue;
    const [, , fence, info] = open;
    const closing = new RegExp(`^[ \\t]*${fence![0] === '`' ? '`' : '~'}{${fence!.length},}[ \\t]*\\r?$`);
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end]!)) end++;
    const language = info!.toLowerCase();
    const extractor = Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language]! : extractWords;
    const block = extractor(lines.slice(index + 1, end).join('\n'));
    for (const candidate of block.candidates) candidates.push({ ...candidate, line: candidate.line + index + 1 });
    index = end;
  }
  return { candidates };
}
