// A tiny static server for the demo: the repository's www/ and pkg/ (without node_modules),
// on the loopback interface only. `node www/serve.mjs [port]` or scripts/serve-www.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};
const SERVED = ['www', 'pkg'];

/** Starts the server; resolves to `{ url, close }`. Port 0 picks a free one. */
export function serve(port = 0) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/www/' }).end();
      return;
    }
    const rel = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^[/\\]+/, '');
    const top = rel.split(sep)[0];
    if (!SERVED.includes(top) || rel.split(sep).some((p) => p === '..' || p === 'node_modules')) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(join(ROOT, rel));
      res.writeHead(200, {
        'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      // close: stops listening and drops open (keep-alive) connections, so that it cannot wait
      // on a client that went away without closing.
      const close = () =>
        new Promise((r) => {
          server.close(r);
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${p}/www/`, close });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const { url } = await serve(Number(process.argv[2] ?? 8080));
  console.log(`timlint demo: ${url} (Ctrl-C to stop)`);
}
