// A tiny static server for the benchmark. It serves folders under URL
// prefixes (the quiz from a sub-path, as a provincial portal would host it)
// and compresses responses the way a well-configured host does: every text
// file and the wasm precompressed once at the highest level (nginx
// `gzip_static`/`brotli_static` style), so compression time never shows up
// in the timings and sizes are the best a host can serve.
//
// `encoding` picks what to send when the browser accepts it: 'br', 'gzip'
// or 'identity'. Chromium advertises `gzip, deflate, br, zstd` even on plain
// http://127.0.0.1, so one server per encoding gives comparable runs.
//
// Every response is logged (`log`) with its body size on the wire, so a run
// can sum exactly what the server sent, including requests the page's own
// DevTools session cannot see. Each is tagged with who asked: the page, or
// its service worker precaching the site for offline use (recognised by the
// Referer, which for a worker's fetches is the worker script's URL).
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Already-compressed formats gain nothing from another pass.
const INCOMPRESSIBLE = new Set(['.png', '.ico', '.jpg', '.jpeg', '.webp', '.woff2']);

// Trunk's content-hashed names (app-<hash>.css, coop-quiz-<hash>_bg.wasm)
// never change content, so they get the long cache the README recommends.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|css|wasm)$/;

export function gzip(buf) {
  return gzipSync(buf, { level: 9 });
}

export function brotli(buf, ext = '') {
  const mode = ext === '.wasm' ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT;
  return brotliCompressSync(buf, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_MODE]: mode,
      [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

// Compressed copies, shared by all servers: path -> { raw, gzip, br, ext, mtimeMs }.
const cache = new Map();

async function load(file) {
  const { mtimeMs } = await stat(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit;
  const raw = await readFile(file);
  const ext = extname(file);
  const entry = { raw, mtimeMs, ext };
  if (!INCOMPRESSIBLE.has(ext)) {
    const gz = gzip(raw);
    const br = brotli(raw, ext);
    // A host only sends the compressed copy when it is smaller.
    if (gz.length < raw.length) entry.gzip = gz;
    if (br.length < raw.length) entry.br = br;
  }
  cache.set(file, entry);
  return entry;
}

/** Compresses every file under dir now: brotli -q 11 of the bank takes a
 * second, which must never land inside a measured load. */
async function warm(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await warm(path);
    else if (e.isFile()) await load(path);
  }
}

/**
 * mounts: [{ prefix: '/quiz/', root: '/path/to/dist', headers: {...} }, ...]
 * Longest prefix wins, so '/baseline/static/' can borrow the quiz's bank.
 */
export async function startServer({ mounts, encoding = 'br' }) {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const log = [];
  const workerScripts = new Set();
  for (const m of mounts) await warm(m.root);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (req.headers['service-worker'] === 'script') workerScripts.add(path);
    const referer = req.headers.referer ? new URL(req.headers.referer).pathname : null;
    const by = workerScripts.has(referer) ? 'service worker' : 'page';
    const at = Date.now();
    const mount = sorted.find((m) => path.startsWith(m.prefix));
    if (!mount) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = path.slice(mount.prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    rel = normalize(rel);
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    let entry;
    try {
      entry = await load(join(mount.root, rel));
    } catch {
      log.push({ path, by, at, status: 404, encoding: 'identity', bytes: 9, raw: 0 });
      res.writeHead(404).end('not found');
      return;
    }
    // Revalidation (index.html and the bank are sent with no-cache) costs a
    // 304 and no body, as on a real host.
    const etag = `"${entry.raw.length.toString(16)}-${Math.floor(entry.mtimeMs).toString(16)}"`;
    if (req.headers['if-none-match'] === etag) {
      log.push({ path, by, at, status: 304, encoding: 'identity', bytes: 0, raw: entry.raw.length });
      res.writeHead(304, { etag, ...(mount.headers ?? {}) }).end();
      return;
    }
    const accepted = (req.headers['accept-encoding'] ?? '').split(',').map((s) => s.trim().split(';')[0]);
    let body = entry.raw;
    let sent = 'identity';
    if (encoding !== 'identity' && entry[encoding] && accepted.includes(encoding)) {
      body = entry[encoding];
      sent = encoding;
    }
    const headers = {
      'content-type': TYPES[entry.ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'Accept-Encoding',
      etag,
      ...(mount.headers ?? {}),
    };
    if (sent !== 'identity') headers['content-encoding'] = sent;
    log.push({ path, by, at, status: 200, encoding: sent, bytes: body.length, raw: entry.raw.length });
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  // Keep-alive as a real host would; the browser reuses connections.
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    encoding,
    log,
    /** Forgets what was served so far (call before each measured load). */
    resetLog: () => log.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}
