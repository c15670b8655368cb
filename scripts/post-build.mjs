// Trunk post-build hook, run in the staging folder before it becomes dist/.
// The site has two pages over one engine: index.html (players) and
// tools.html (hosts and organisers), each with its own wasm. Trunk builds
// one page per run, so the players' build (the one `trunk build` and
// `trunk serve` run, Trunk.toml) builds the tools page itself:
// 1. Moves the inline <script type="module"> Trunk writes into the page
//    (it starts the wasm) into a hashed file of its own, with the service
//    worker registration appended, so the site runs under a
//    Content-Security-Policy with no 'unsafe-inline' (README, "Publishing
//    it"). The players' loader starts with the redirect of the tools' old
//    addresses (pwa/old-addresses.js).
// 2. For index.html only: runs `trunk build tools.html` into a folder of
//    its own (Trunk empties its dist/ on every build), copies its files in,
//    and writes sw.js from scripts/pwa/sw.js: the players' files to
//    precache (not the fact list, fetched when Learn opens), the tools'
//    files to keep once the tools page is visited, and a version hashed
//    from every file.
import { readFile, writeFile, readdir, mkdtemp, mkdir, copyFile, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const page = basename(process.env.TRUNK_HTML_FILE ?? 'index.html');
const here = new URL('./pwa/', import.meta.url);
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const pwa = (name) => readFile(new URL(name, here), 'utf8');

async function moveLoader(htmlName, prefix) {
  const htmlPath = join(dir, htmlName);
  const html = await readFile(htmlPath, 'utf8');
  const scripts = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)];
  if (scripts.length !== 1) throw new Error(`expected one inline module script in ${htmlName}, found ${scripts.length}`);
  const loader = prefix + scripts[0][1].trim() + '\n' + (await pwa('register.js'));
  const loaderName = `loader-${hash(loader)}.js`;
  await writeFile(join(dir, loaderName), loader);
  await writeFile(htmlPath, html.replace(scripts[0][0], `<script type="module" src="./${loaderName}"></script>`));
  return loaderName;
}

async function pathsUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? pathsUnder(join(folder, e.name)) : [join(folder, e.name)])));
  return nested.flat();
}
/** The files under `folder`, as site paths ("static/questions.json"); dot files left out. */
async function filesUnder(folder) {
  return (await pathsUnder(folder)).map((f) => relative(folder, f).split('\\').join('/')).filter((f) => !f.startsWith('.'));
}

if (page !== 'index.html') {
  console.log(`post-build: ${page}: loader ${await moveLoader(page, '')}`);
  process.exit(0);
}

const loaderName = await moveLoader('index.html', (await pwa('old-addresses.js')) + '\n');

// The bundled data files without the indentation that makes them easy to
// edit (1.6 KB brotli off questions.json). Same content: an organiser who
// replaces a file later may upload it indented or not.
for (const f of (await filesUnder(join(dir, 'static'))).filter((f) => f.endsWith('.json'))) {
  const path = join(dir, 'static', f);
  await writeFile(path, JSON.stringify(JSON.parse(await readFile(path, 'utf8'))));
}

// The tools page, built by a second Trunk run. Its own post-build run only
// moves its loader (the branch above).
const toolsOnly = [];
const toolsDist = await mkdtemp(join(tmpdir(), 'coop-quiz-tools-'));
try {
  const args = ['build', 'tools.html', '--html-output', 'tools.html', '--dist', toolsDist, '--public-url', process.env.TRUNK_PUBLIC_URL ?? './'];
  if (process.env.TRUNK_PROFILE === 'release') args.push('--release');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRUNK_') || k === 'TRUNK_SKIP_VERSION_CHECK'));
  const run = spawnSync(process.env.TRUNK ?? 'trunk', args, { cwd: process.env.TRUNK_SOURCE_DIR, env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`building tools.html failed (trunk ${args.join(' ')})`);
  const players = new Set(await filesUnder(dir));
  for (const f of await filesUnder(toolsDist)) {
    const theirs = await readFile(join(toolsDist, f));
    if (players.has(f)) {
      // Shared files (app.css) carry a content hash: same name, same bytes.
      if (!theirs.equals(await readFile(join(dir, f)))) throw new Error(`${f} differs between the two pages' builds`);
      continue;
    }
    await mkdir(dirname(join(dir, f)), { recursive: true });
    await copyFile(join(toolsDist, f), join(dir, f));
    toolsOnly.push(f);
  }
} finally {
  await rm(toolsDist, { recursive: true, force: true });
}

const files = (await filesUnder(dir)).filter((f) => f !== 'sw.js').sort();
const digest = createHash('sha256');
for (const f of files) digest.update(f).update(await readFile(join(dir, f)));
const version = digest.digest('hex').slice(0, 16);
const url = (f) => (f === 'index.html' ? './' : `./${f}`);
// Not precached for players: the fact list is fetched when Learn first
// opens (and kept then, like every data file); the spreadsheet template is
// the organiser page's.
const ON_DEMAND = ['static/facts.json'];
const TOOLS_DATA = ['static/question-template.csv'];
const kept = toolsOnly.concat(TOOLS_DATA);
const precache = files.filter((f) => !kept.includes(f) && !ON_DEMAND.includes(f)).map(url);
const tools = kept.filter((f) => files.includes(f)).sort().map(url);
const worker = (await pwa('sw.js'))
  .replace("'__VERSION__'", `'${version}'`)
  .replace('__FILES__', JSON.stringify(precache, null, 2))
  .replace('__TOOLS__', JSON.stringify(tools, null, 2));
await writeFile(join(dir, 'sw.js'), worker);
console.log(`post-build: loader ${loaderName}; tools.html built (${tools.length} files); sw.js version ${version}, ${precache.length} files to precache`);
