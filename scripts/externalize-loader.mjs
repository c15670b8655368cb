// Trunk post-build hook: moves the inline <script type="module"> Trunk
// writes into index.html (it loads the wasm) into its own hashed file, so
// the site runs under a Content-Security-Policy with no 'unsafe-inline'
// (see README, "Publishing it").
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const htmlPath = join(dir, 'index.html');
const html = await readFile(htmlPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) throw new Error(`expected one inline module script in index.html, found ${scripts.length}`);
const code = scripts[0][1].trim() + '\n';
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
await writeFile(join(dir, name), code);
await writeFile(htmlPath, html.replace(scripts[0][0], `<script type="module" src="./${name}"></script>`));
console.log(`externalize-loader: moved the wasm loader to ${name}`);
