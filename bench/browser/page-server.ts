/**
 * Serves benchmark pages on 127.0.0.1 straight from where they live (the shared corpus, the seed
 * fixture) or from memory (generated pages), so no corpus page is ever copied into the repo.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running page server. */
export interface PageServer {
  origin: string;
  /** URL of `file` under the folder mounted at `mount`. */
  urlOf(mount: string, relativePath: string): string;
  /** Serves `html` at `/generated/<name>` until the server closes; returns its URL. */
  addPage(name: string, html: string): string;
  close(): Promise<void>;
}

// Pages without a declared charset are served as UTF-8: every corpus page without a <meta
// charset> is UTF-8, and Chromium would otherwise guess windows-1252.
function htmlType(head: string): string {
  return /<meta[^>]+charset/i.test(head) ? 'text/html' : 'text/html; charset=utf-8';
}

function isHtml(file: string): boolean {
  return file.endsWith('.html') || file.endsWith('.htm') || file.endsWith('.html.gz');
}

/** Mounts each folder of `mounts` at `/<name>/`. */
export async function servePages(mounts: Record<string, string>): Promise<PageServer> {
  const generated = new Map<string, string>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, mount = '', ...rest] = pathname.split('/');
    const relative = rest.join('/');
    // Cross-origin isolation gives performance.now() 5 µs instead of 100 µs resolution,
    // which matters when detection takes well under a millisecond.
    const headers = {
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    };
    if (mount === 'generated') {
      const html = generated.get(relative);
      if (html === undefined) return void res.writeHead(404).end();
      return void res
        .writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' })
        .end(html);
    }
    const root = mounts[mount];
    if (root === undefined) return void res.writeHead(404).end();
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      let body = await readFile(file);
      if (file.endsWith('.gz')) body = gunzipSync(body);
      const type = isHtml(file)
        ? htmlType(body.subarray(0, 4096).toString('latin1'))
        : (TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
      res.writeHead(200, { ...headers, 'content-type': type }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  return {
    origin,
    urlOf: (mount, relativePath) => `${origin}/${mount}/${encodePath(relativePath)}`,
    addPage(name, html) {
      generated.set(name, html);
      return `${origin}/generated/${encodePath(name)}`;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
