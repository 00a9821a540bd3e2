import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built app from `root`: a file that exists, else `index.html` for the app's own routes
 * (`/kind/…`), so a reload stays on its screen. Vite's hashed assets are cached for a year; the
 * page itself never, so a new build is picked up at once.
 */
export async function serveStatic(root: string, pathname: string, response: ServerResponse, headers: Record<string, string>): Promise<void> {
  const wanted = normalize(join(root, decodeURIComponent(pathname)));
  const inside = wanted === root || wanted.startsWith(root.endsWith(sep) ? root : root + sep);
  const file = inside && (await stat(wanted).then((s) => s.isFile(), () => false)) ? wanted : join(root, 'index.html');
  const isAsset = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    ...headers,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  createReadStream(file).pipe(response);
}
