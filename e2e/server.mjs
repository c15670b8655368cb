// A plain static file server for the end-to-end tests: serves the built
// site (dist/) under a sub-path, as an organiser's web host would, with the
// MIME types browsers insist on (application/wasm). `overrides` replaces a
// file's content, e.g. a broken question bank; `null` makes it missing; a
// promise holds the answer until it resolves.
// `onRequest(path)` hears of every request, the service worker's included.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function serve({ root, prefix = '/', overrides = {}, headers = {}, onRequest = () => {} }) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    onRequest(path);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = path.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    rel = normalize(rel);
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    const type = TYPES[extname(rel)] ?? 'application/octet-stream';
    try {
      if (overrides[rel] === null) throw new Error('missing on purpose');
      const body = rel in overrides ? await overrides[rel] : await readFile(join(root, rel));
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...headers }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    // Idle keep-alive connections from a browser would hold close() open.
    close: () => new Promise((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
  };
}
