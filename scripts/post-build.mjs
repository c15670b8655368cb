// Trunk post-build hook, run in the staging folder before it becomes dist/.
// The site has four pages over one engine: index.html (players),
// contest.html (the contest), learn.html (the key points, Learn) and
// tools.html (hosts and organisers), each with its own wasm. Trunk builds
// one page per run, so the players' build (the one `trunk build` and
// `trunk serve` run, Trunk.toml) builds the other three itself:
// 1. Moves the inline <script type="module"> Trunk writes into the page
//    (it starts the wasm) into a hashed file of its own, with the service
//    worker registration appended, so the site runs under a
//    Content-Security-Policy with no 'unsafe-inline' (README, "Publishing
//    it"). The players' loader starts with the redirect of the contest's,
//    Learn's and the tools' old addresses (pwa/old-addresses.js). Before that, the page's
//    wasm and glue get short import names (wasm-imports.mjs).
// 2. For index.html only: runs `trunk build contest.html`, `trunk build
//    learn.html` and `trunk build tools.html`, each into a folder of its
//    own (Trunk empties its dist/ on every build), copies their files in,
//    and writes sw.js from scripts/pwa/sw.js: the players' files to
//    precache (not the contest page, nor the Learn page and the fact list
//    it fetches), the contest page's, the Learn page's and the tools' files
//    to keep once that page is visited, and a version hashed from every
//    file. Before that it splits the bundled bank into its
//    Vietnamese, its English and its notes (explanations, sources, facts
//    and documents; below).
import { readFile, writeFile, readdir, mkdtemp, mkdir, copyFile, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { shortenImports } from './wasm-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const page = basename(process.env.TRUNK_HTML_FILE ?? 'index.html');
const here = new URL('./pwa/', import.meta.url);
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const pwa = (name) => readFile(new URL(name, here), 'utf8');
// A script of ours as every visitor downloads it: its whole-line comments
// (which say why, for whoever edits the file) left out; Trunk minifies
// only what it writes itself. The service worker keeps its comments: it is
// fetched once per build, beside the pages.
const shipped = async (name) => (await pwa(name)).split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');

// The page's wasm and glue with short import names (wasm-imports.mjs).
// Each file gets a name hashed from its new bytes (a browser that kept the
// old glue must never pair it with the new wasm) and the page's integrity
// attributes follow. Returns the page and the loader, both updated.
async function shortenPageImports(htmlName, html, loader) {
  const glueName = /from\s*["'`]\.\/([\w.-]+\.js)["'`]/.exec(loader)?.[1];
  const wasmName = /["'`]\.\/([\w.-]+_bg\.wasm)["'`]/.exec(loader)?.[1];
  if (!glueName || !wasmName) throw new Error(`${htmlName}'s loader names no glue or wasm file`);
  const [wasm, glue] = [await readFile(join(dir, wasmName)), await readFile(join(dir, glueName), 'utf8')];
  const short = shortenImports(wasm, glue);
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  for (const [name, before, after] of [[wasmName, wasm, short.wasm], [glueName, glue, short.glue]]) {
    // Trunk writes its hash in hex without leading zeros: 1 to 16 digits.
    const renamed = name.replace(/-[0-9a-f]{1,16}(_bg\.wasm|\.js)$/, `-${hash(after)}$1`);
    if (renamed === name) throw new Error(`${name} carries no content hash to replace`);
    await rm(join(dir, name));
    await writeFile(join(dir, renamed), after);
    // Trunk writes an integrity attribute for each file it preloads; a
    // stale one would make the browser refuse the preloaded file.
    for (const [text, what] of [[html, htmlName], [html + loader, `${htmlName} and its loader`]]) {
      if (text.split(sri(before)).length > 2) throw new Error(`${what} holds the integrity of ${name} more than once`);
    }
    html = html.replace(sri(before), sri(after)).replaceAll(name, renamed);
    loader = loader.replaceAll(name, renamed);
  }
  console.log(`post-build: ${htmlName}: ${short.count} imports renamed`);
  return { html, loader };
}

async function moveLoader(htmlName, prefix) {
  const htmlPath = join(dir, htmlName);
  const original = await readFile(htmlPath, 'utf8');
  const scripts = [...original.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)];
  if (scripts.length !== 1) throw new Error(`expected one inline module script in ${htmlName}, found ${scripts.length}`);
  const { html, loader: started } = await shortenPageImports(htmlName, original.replace(scripts[0][0], '<script type="module"></script>'), scripts[0][1]);
  const loader = prefix + started.trim() + '\n' + (await shipped('register.js'));
  const loaderName = `loader-${hash(loader)}.js`;
  await writeFile(join(dir, loaderName), loader);
  await writeFile(htmlPath, html.replace('<script type="module"></script>', `<script type="module" src="./${loaderName}"></script>`));
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

const loaderName = await moveLoader('index.html', (await shipped('old-addresses.js')) + '\n');

// The bundled data files without the indentation that makes them easy to
// edit (1.6 KB brotli off questions.json). Same content: an organiser who
// replaces a file later may upload it indented or not.
for (const f of (await filesUnder(join(dir, 'static'))).filter((f) => f.endsWith('.json'))) {
  const path = join(dir, 'static', f);
  await writeFile(path, JSON.stringify(JSON.parse(await readFile(path, 'utf8'))));
}

// Each fact's `basis` says where an editor checked it (docs/question-bank.md:
// "for editors; not shown to players"): the built fact list keeps the key,
// empty, so the file keeps its layout, and every Learn visitor downloads
// 10.1 KB brotli less (47.7 -> 37.6 KB).
{
  const path = join(dir, 'static', 'facts.json');
  const facts = JSON.parse(await readFile(path, 'utf8'));
  for (const fact of facts.facts) {
    if (typeof fact.basis !== 'string') throw new Error(`static/facts.json: ${fact.id} has no basis`);
    fact.basis = '';
  }
  await writeFile(path, JSON.stringify(facts));
}

// The bank in one language first: a player who reads Vietnamese (most)
// downloads no English. The repository's questions.json stays bilingual
// (question writers edit it, and the app still reads such a file when an
// organiser uploads one); here it becomes the pair of docs/question-bank.md:
// static/questions.json with every text its Vietnamese, and
// static/questions.en.json with the English by id and "for", the FNV-1a 64
// of the Vietnamese file's exact bytes, so English made for another file
// (an organiser replaced questions.json) is never shown. The app's side is
// src/content/english.rs; its native tests split the bank by these rules.
function fnv1a64(bytes) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}
// The published test vectors, also checked natively (content::english).
for (const [text, want] of [['', 'cbf29ce484222325'], ['a', 'af63dc4c8601ec8c'], ['foobar', '85944171f73967e8']]) {
  if (fnv1a64(Buffer.from(text)) !== want) throw new Error(`FNV-1a 64 of "${text}" is not ${want}`);
}
{
  const path = join(dir, 'static', 'questions.json');
  const bilingual = JSON.parse(await readFile(path, 'utf8'));
  const bank = structuredClone(bilingual);
  const english = { schema: 1, for: '', topics: {}, questions: {} };
  // The text at holder[key] becomes its Vietnamese; returns its English.
  const vi = (holder, key, where) => {
    const text = holder[key];
    if (typeof text?.vi !== 'string' || typeof text?.en !== 'string') throw new Error(`static/questions.json: ${where} is not { "vi": …, "en": … }`);
    holder[key] = text.vi;
    return text.en;
  };
  for (const entry of bank.topics) english.topics[entry.id] = vi(entry, 'name', `topics ${entry.id}`);
  for (const q of bank.questions) {
    const en = { prompt: vi(q, 'prompt', q.id) };
    if (q.options) en.options = q.options.map((_, i) => vi(q.options, i, `${q.id} option ${i + 1}`));
    en.explanation = vi(q, 'explanation', q.id);
    english.questions[q.id] = en;
  }
  // Then what a player reads only after answering leaves it too: the
  // explanations (Vietnamese, by id; their English stays in
  // questions.en.json), each question's source and facts and the bank's
  // documents (as the bank writes them, both languages: 1.3 KB brotli more
  // for a Vietnamese reader than with their English in questions.en.json,
  // 1.5 KB less for an English one, and the app has no English to hold
  // back for sources that have not come yet). They go to
  // static/questions.notes.json, fetched once the start screen works
  // (src/content/notes.rs). Same "for" in both files.
  const notes = { schema: 1, for: '', explanations: {}, documents: bank.documents, questions: {} };
  delete bank.documents;
  for (const q of bank.questions) {
    if (typeof q.explanation !== 'string') throw new Error(`static/questions.json: ${q.id} has no explanation`);
    if (q.source === undefined || q.facts === undefined) throw new Error(`static/questions.json: ${q.id} has no source or facts`);
    notes.explanations[q.id] = q.explanation;
    notes.questions[q.id] = { source: q.source, facts: q.facts };
    delete q.explanation;
    delete q.source;
    delete q.facts;
  }
  // Families matter to the draw only as equal or not (src/quiz/draw.rs):
  // the players' file names each family shared by two or more questions
  // by a short id in order of first use ("0", "1", …, base 36), and drops
  // the family of a question alone in it (it never meets a relative), so
  // every draw is the same (0.6 KB brotli off questions.json). The names
  // question writers gave stay in the notes, for the organiser page's copy.
  const members = new Map();
  for (const q of bank.questions) if (q.family !== undefined) members.set(q.family, (members.get(q.family) ?? 0) + 1);
  const shortId = new Map();
  for (const q of bank.questions) {
    if (q.family === undefined) continue;
    notes.questions[q.id].family = q.family;
    if (members.get(q.family) === 1) {
      delete q.family;
      continue;
    }
    if (!shortId.has(q.family)) shortId.set(q.family, shortId.size.toString(36));
    q.family = shortId.get(q.family);
  }
  const viText = JSON.stringify(bank);
  english.for = notes.for = fnv1a64(Buffer.from(viText, 'utf8'));
  // Put back together as the app does, the three must give the bank again
  // (isDeepStrictEqual ignores the order of keys, as the app does).
  const merged = JSON.parse(viText);
  const back = (holder, key, en) => { holder[key] = { vi: holder[key], en }; };
  for (const e of merged.topics) back(e, 'name', english.topics[e.id]);
  merged.documents = notes.documents;
  for (const q of merged.questions) {
    const en = english.questions[q.id];
    back(q, 'prompt', en.prompt);
    q.options?.forEach((_, i) => back(q.options, i, en.options[i]));
    q.explanation = { vi: notes.explanations[q.id], en: en.explanation };
    Object.assign(q, notes.questions[q.id]);
  }
  if (!isDeepStrictEqual(merged, bilingual)) throw new Error('splitting static/questions.json lost something');
  await writeFile(path, viText);
  await writeFile(join(dir, 'static', 'questions.en.json'), JSON.stringify(english));
  await writeFile(join(dir, 'static', 'questions.notes.json'), JSON.stringify(notes));
}

// The contest page, the Learn page and the tools page, each built by a
// Trunk run of its own.
// Their own post-build runs only move their loaders (the branch above).
// Returns the files only that page uses (not the players' page's).
async function buildPage(html) {
  const only = [];
  const pageDist = await mkdtemp(join(tmpdir(), `coop-quiz-${basename(html, '.html')}-`));
  try {
    const args = ['build', html, '--html-output', html, '--dist', pageDist, '--public-url', process.env.TRUNK_PUBLIC_URL ?? './'];
    if (process.env.TRUNK_PROFILE === 'release') args.push('--release');
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRUNK_') || k === 'TRUNK_SKIP_VERSION_CHECK'));
    const run = spawnSync(process.env.TRUNK ?? 'trunk', args, { cwd: process.env.TRUNK_SOURCE_DIR, env, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`building ${html} failed (trunk ${args.join(' ')})`);
    const players = new Set(await filesUnder(dir));
    for (const f of await filesUnder(pageDist)) {
      const theirs = await readFile(join(pageDist, f));
      if (players.has(f)) {
        // Shared files (app.css) carry a content hash: same name, same bytes.
        if (!theirs.equals(await readFile(join(dir, f)))) throw new Error(`${f} differs between the builds of index.html and ${html}`);
        continue;
      }
      await mkdir(dirname(join(dir, f)), { recursive: true });
      await copyFile(join(pageDist, f), join(dir, f));
      only.push(f);
    }
  } finally {
    await rm(pageDist, { recursive: true, force: true });
  }
  return only;
}
const contestOnly = await buildPage('contest.html');
const learnOnly = await buildPage('learn.html');
const toolsOnly = await buildPage('tools.html');
// A file two of them linked and the players' page did not (none today)
// would be kept with the first built only: the later builds find it
// already here. Each page's own files are checked below.
for (const [html, only] of [['contest.html', contestOnly], ['learn.html', learnOnly], ['tools.html', toolsOnly]]) {
  if (!only.includes(html) || !only.some((f) => f.endsWith('_bg.wasm'))) throw new Error(`${html}: its page or its wasm was not among its own files (${only.join(', ')})`);
}

const files = (await filesUnder(dir)).filter((f) => f !== 'sw.js').sort();
const digest = createHash('sha256');
for (const f of files) digest.update(f).update(await readFile(join(dir, f)));
const version = digest.digest('hex').slice(0, 16);
const url = (f) => (f === 'index.html' ? './' : `./${f}`);
// Not precached for players: the contest page's files are kept once it is
// opened (CONTEST), so are the Learn page's (LEARN), the fact list is fetched when Learn first opens and the
// bank's English when English is chosen (each kept then, like every data
// file); the spreadsheet template is the organiser page's.
// The tools page keeps the English with its own files: the organiser page
// reads the bank in both languages, and must open so in a hall with no
// signal even if no one chose English on that device before.
// The explanations (static/questions.notes.json) are precached like the
// bank: every player needs them, offline too; the page itself fetches
// them after its start screen, not with it.
const ON_DEMAND = ['static/facts.json', 'static/questions.en.json'];
const TOOLS_DATA = ['static/question-template.csv', 'static/questions.en.json'];
const kept = toolsOnly.concat(TOOLS_DATA);
const precache = files.filter((f) => !kept.includes(f) && !contestOnly.includes(f) && !learnOnly.includes(f) && !ON_DEMAND.includes(f)).map(url);
const tools = kept.filter((f) => files.includes(f)).sort().map(url);
const learn = learnOnly.filter((f) => files.includes(f)).sort().map(url);
const contest = contestOnly.filter((f) => files.includes(f)).sort().map(url);
const worker = (await pwa('sw.js'))
  .replace("'__VERSION__'", `'${version}'`)
  .replace('__FILES__', JSON.stringify(precache, null, 2))
  .replace('__TOOLS__', JSON.stringify(tools, null, 2))
  .replace('__LEARN__', JSON.stringify(learn, null, 2))
  .replace('__CONTEST__', JSON.stringify(contest, null, 2))
  .replace('__ON_DEMAND__', JSON.stringify(ON_DEMAND.filter((f) => files.includes(f)).map(url), null, 2));
await writeFile(join(dir, 'sw.js'), worker);
console.log(`post-build: loader ${loaderName}; contest.html built (${contest.length} files); learn.html built (${learn.length} files); tools.html built (${tools.length} files); sw.js version ${version}, ${precache.length} files to precache`);
