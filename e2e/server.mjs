// A tiny static file server for the built app (dist/), standing in for the static host Parallax
// is deployed to. It is strict on purpose, so the end-to-end tests catch what a real host would
// break:
//   - every response carries a Content-Security-Policy without 'unsafe-inline' (only
//     'wasm-unsafe-eval' for WebAssembly), so an inline script or style fails the tests;
//   - the app can be mounted under a sub-path (`/projects/parallax/`), and only there, so an
//     absolute URL in the build (`/app.wasm`) is a 404, not a lucky hit;
//   - MIME types are exact (application/wasm is required for streaming compilation) and
//     `nosniff` is set;
//   - no SPA fallback: the app routes with `#/...`, so an unknown path is a 404.
//
// Library: `startServer({ root, base, port })` resolves to `{ url, close(), failures }`.
// Command line: `node e2e/server.mjs [dist] [--base /projects/parallax/] [--port 8081]`.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  // The comparisons the build precomputed (comparisons-<hash>.bin), fetched by the app.
  '.bin': 'application/octet-stream',
};

/**
 * Serves `root` under the URL path `base` (which must start and end with '/').
 * `failures` lists every request answered with a 4xx/5xx, for tests to assert on.
 */
// `csp: false` serves without the policy, for tests that must not lean on it (hostile articles).
export async function startServer({ root, base = '/', port = 0, host = '127.0.0.1', csp = true }) {
  if (!base.startsWith('/') || !base.endsWith('/')) {
    throw new Error(`base must start and end with '/', got '${base}'`);
  }
  const rootDir = resolve(root);
  const failures = [];

  const server = createServer(async (request, response) => {
    const fail = (status, message) => {
      failures.push({ status, url: request.url });
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(message);
    };
    if (csp) {
      response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    }
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-cache');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return fail(405, 'method not allowed');
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      return fail(400, 'bad request');
    }
    // `/projects/parallax` without its slash would resolve the app's relative URLs one level up.
    if (path === base.slice(0, -1) && base !== '/') {
      response.writeHead(301, { Location: base });
      return response.end();
    }
    if (!path.startsWith(base)) {
      return fail(404, `not found: outside ${base}`);
    }
    let file = resolve(rootDir, '.' + sep + path.slice(base.length));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      return fail(403, 'forbidden');
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const type = MIME_TYPES[extname(file).toLowerCase()];
      if (!type) {
        return fail(415, `no MIME type configured for ${extname(file) || 'extensionless files'}`);
      }
      response.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size });
      if (request.method === 'HEAD') {
        return response.end();
      }
      createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response);
    } catch {
      fail(404, 'not found');
    }
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, resolveListen);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}${base}`,
    failures,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

// Command line use: preview a build the way the tests see it.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : fallback;
  };
  const base = option('--base', '/');
  const port = Number(option('--port', '8081'));
  const root = args[0] ?? fileURLToPath(new URL('../dist', import.meta.url));
  const { url } = await startServer({ root, base, port });
  console.log(`serving ${root} at ${url} (Ctrl-C to stop)`);
}
