// The players' first load: the files index.html fetches as it starts (the
// page, its stylesheets, scripts, preloads, icon and manifest), each
// compressed with brotli -q 11 as a static host serves them. Prints the
// figure and each file; exits 1 past the ceiling. Sizes are deterministic,
// unlike times, so this is a test; the timings are in scripts/bench.sh.
// --max-code-kb holds the same figure without the data files (static/*.json),
// which grow with the bank: code and styles must not grow with it.
//
//   node scripts/first-load.mjs [dist] [--page index.html] [--max-kb 200] [--max-code-kb 250]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args.splice(at, 2)[1];
};
const page = option('--page', 'index.html');
const maxKb = Number(option('--max-kb', 'Infinity'));
const maxCodeKb = Number(option('--max-code-kb', 'Infinity'));
const dist = args[0] ?? 'dist';
const KB = 1024;

const brotli = (bytes, path) => brotliCompressSync(bytes, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_MODE]: /\.(html|js|css|json|svg|webmanifest)$/.test(path) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
  },
}).length;

const html = await readFile(join(dist, page), 'utf8');
const fetched = [page];
for (const tag of html.matchAll(/<(link|script)\b[^>]*>/g)) {
  // Quoted or not: a release build's page is minified (Trunk.toml).
  const attr = (name) => {
    const m = tag[0].match(new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>]+))`));
    return m && (m[1] ?? m[2]);
  };
  const rel = attr('rel');
  const url = tag[1] === 'script' ? attr('src') : attr('href');
  if (!url || tag[0].includes('data-trunk')) continue;
  if (tag[1] === 'script' || ['stylesheet', 'preload', 'modulepreload', 'icon', 'manifest'].includes(rel)) {
    fetched.push(url.replace(/^\.\//, ''));
  }
}
let total = 0;
let code = 0;
const rows = [];
for (const file of [...new Set(fetched)]) {
  const size = brotli(await readFile(join(dist, file)), file);
  total += size;
  if (!/^static\/.*\.json$/.test(file)) code += size;
  rows.push(`  ${(size / KB).toFixed(1).padStart(7)} KB  ${file}`);
}
const kb = (bytes) => (bytes / KB).toFixed(1);
const ceiling = (max) => (Number.isFinite(max) ? ` (ceiling ${max} KB)` : '');
console.log(`first load of ${page} (brotli -q 11): ${kb(total)} KB${ceiling(maxKb)}; without static/*.json: ${kb(code)} KB${ceiling(maxCodeKb)}`);
console.log(rows.join('\n'));
let past = false;
if (total > maxKb * KB) {
  console.error(`${page}'s first load is ${kb(total)} KB brotli, past the ${maxKb} KB ceiling (BENCHMARKS.md)`);
  past = true;
}
if (code > maxCodeKb * KB) {
  console.error(`${page}'s first load without its data files is ${kb(code)} KB brotli, past the ${maxCodeKb} KB ceiling (BENCHMARKS.md)`);
  past = true;
}
if (past) process.exit(1);
