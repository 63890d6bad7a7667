// `node scripts/package-size.mjs [--package catalog|eslint-plugin] [--tarball FILE] [--json]`: what a
// package costs its users. Packs the package with `pnpm pack` (or reads the given tarball) and reports the
// tarball size (the download), the unpacked size (what an install puts on disk) and, for the catalog,
// catalog.json raw and gzipped: the published compact file beside the repository's pretty-printed one,
// and what publishing the pretty file instead would add.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: { package: { type: 'string', default: 'catalog' }, tarball: { type: 'string' }, json: { type: 'boolean', default: false } },
});

/** The files of a .tgz npm package: path (without the `package/` prefix) and bytes. */
function tarEntries(tarball) {
  const tar = gunzipSync(readFileSync(tarball));
  const files = new Map();
  let longName = null;
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = null;
    if (type === '0' || type === '') files.set(name.replace(/^package\//, ''), body);
  }
  return files;
}

function packTarball(name) {
  const directory = mkdtempSync(join(tmpdir(), 'bedrock-models-size-'));
  execFileSync('pnpm', ['pack', '--pack-destination', directory], { cwd: join(root, 'packages', name), stdio: 'ignore' });
  const file = readdirSync(directory).find((entry) => entry.endsWith('.tgz'));
  return { file: join(directory, file), cleanup: () => rmSync(directory, { recursive: true, force: true }) };
}

const packed = options.tarball ? { file: options.tarball, cleanup: () => undefined } : packTarball(options.package);
try {
  const files = tarEntries(packed.file);
  const manifest = JSON.parse(files.get('package.json').toString('utf8'));
  const report = {
    package: `${manifest.name}@${manifest.version}`,
    tarballBytes: statSync(packed.file).size,
    unpackedBytes: [...files.values()].reduce((sum, body) => sum + body.length, 0),
    files: files.size,
  };
  const published = files.get('dist/catalog.json');
  if (published) {
    const pretty = readFileSync(join(root, 'packages', 'catalog', 'data', 'catalog.json'));
    report.catalogJson = {
      path: 'dist/catalog.json',
      compact: JSON.stringify(JSON.parse(published.toString('utf8'))) === published.toString('utf8'),
      rawBytes: published.length,
      gzipBytes: gzipSync(published, { level: 9 }).length,
      repositoryPrettyRawBytes: pretty.length,
      repositoryPrettyGzipBytes: gzipSync(pretty, { level: 9 }).length,
    };
    // Publishing the pretty file would add its whitespace to the install and (compressed) to the download.
    report.prettyInstead = {
      unpackedBytes: report.unpackedBytes - published.length + pretty.length,
      tarballBytesAbout: report.tarballBytes - report.catalogJson.gzipBytes + report.catalogJson.repositoryPrettyGzipBytes,
    };
  }
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
    const lines = [
      report.package,
      `  tarball (download)        ${kB(report.tarballBytes)}`,
      `  unpacked (install size)   ${kB(report.unpackedBytes)} in ${report.files} files`,
    ];
    if (report.catalogJson) {
      const json = report.catalogJson;
      const saved = report.prettyInstead.unpackedBytes - report.unpackedBytes;
      lines.push(
        `  ${json.path}         ${kB(json.rawBytes)} raw, ${kB(json.gzipBytes)} gzipped (${json.compact ? 'compact' : 'NOT compact'})`,
        `  data/catalog.json (repo)  ${kB(json.repositoryPrettyRawBytes)} raw, ${kB(json.repositoryPrettyGzipBytes)} gzipped (pretty-printed)`,
        `  compact JSON saves ${kB(saved)} of install size (${((100 * saved) / report.prettyInstead.unpackedBytes).toFixed(0)} %) and about ${kB(report.prettyInstead.tarballBytesAbout - report.tarballBytes)} of download`,
      );
    }
    console.log(lines.join('\n'));
  }
} finally {
  packed.cleanup();
}
