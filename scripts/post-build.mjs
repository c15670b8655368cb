// Trunk post-build hook, run in the staging folder before it becomes dist/:
// 1. Moves the inline <script type="module"> Trunk writes into index.html
//    (it starts the wasm) into a hashed file of its own, with the service
//    worker registration appended, so the site runs under a
//    Content-Security-Policy with no 'unsafe-inline' (README, "Publishing it").
// 2. Writes sw.js from scripts/pwa/sw.js with the list of every file of the
//    build and a version hashed from their contents.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const here = new URL('./pwa/', import.meta.url);
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const htmlPath = join(dir, 'index.html');
const html = await readFile(htmlPath, 'utf8');
const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (scripts.length !== 1) throw new Error(`expected one inline module script in index.html, found ${scripts.length}`);
const loader = scripts[0][1].trim() + '\n' + (await readFile(new URL('register.js', here), 'utf8'));
const loaderName = `loader-${hash(loader)}.js`;
await writeFile(join(dir, loaderName), loader);
await writeFile(htmlPath, html.replace(scripts[0][0], `<script type="module" src="./${loaderName}"></script>`));

async function filesUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(folder, e.name)) : [join(folder, e.name)])));
  return nested.flat();
}
const files = (await filesUnder(dir))
  .map((f) => relative(dir, f).split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && !f.startsWith('.'))
  .sort();
const digest = createHash('sha256');
for (const f of files) digest.update(f).update(await readFile(join(dir, f)));
const version = digest.digest('hex').slice(0, 16);
const precache = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
const worker = (await readFile(new URL('sw.js', here), 'utf8'))
  .replace("'__VERSION__'", `'${version}'`)
  .replace('__FILES__', JSON.stringify(precache, null, 2));
await writeFile(join(dir, 'sw.js'), worker);
console.log(`post-build: loader ${loaderName}; sw.js version ${version}, ${precache.length} files`);
