import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.txt': 'text/plain; charset=utf-8',
};

/** A page a test rewrites on the fly (e.g. the seed with a paragraph inserted). */
export type PageRewrite = (html: string) => string;

export interface FixtureServer {
  origin: string;
  /** Serve `path` with its HTML passed through `rewrite` until replaced or cleared. */
  rewrite(path: string, rewrite: PageRewrite | null): void;
  /** Serve `html` (a page generated in code, never a file in the repo) at `path`. */
  addPage(path: string, html: string): void;
  /** Every path requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 only, on a free port. */
export async function serveFixtures(root = resolve('test/fixtures')): Promise<FixtureServer> {
  const rewrites = new Map<string, PageRewrite>();
  const generated = new Map<string, string>();
  const requests: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const page = generated.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      return void res.end(page);
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      let body: Buffer | string = await readFile(file);
      const rewrite = rewrites.get(path);
      if (rewrite) body = rewrite(body.toString('utf8'));
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    rewrite(path, rewrite) {
      if (rewrite) rewrites.set(path, rewrite);
      else rewrites.delete(path);
    },
    addPage(path, html) {
      generated.set(path, html);
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
