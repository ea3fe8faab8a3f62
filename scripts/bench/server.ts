// A tiny static server for the benchmark: serves built folders under path prefixes the way a
// static host would (text gzip-compressed, hashed files cacheable), and tells how many bytes
// each file costs on the wire.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types a static host compresses; images, fonts and audio are sent as they are. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

interface Served {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
}

export interface FileCost {
  /** Size of the file. */
  raw: number;
  /** Bytes sent: gzip (zlib's default level 6) for text, the file itself otherwise. */
  sent: number;
}

export interface StaticServer {
  /** Base address, like `http://127.0.0.1:40123`. */
  readonly origin: string;
  /** The cost of the file behind a URL path of this server, or null if there is none. */
  cost(urlPath: string): FileCost | null;
  close(): Promise<void>;
}

/** Serves each folder under its prefix: `{ '/game/': 'bench-results/game-dist' }`. */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const cache = new Map<string, Served>();
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);

  const fileFor = (urlPath: string): string | null => {
    let path: string;
    try {
      path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
    } catch {
      return null;
    }
    for (const [prefix, root] of roots) {
      if (!path.startsWith(prefix)) continue;
      let file = resolve(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return null;
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        if (statSync(file).isFile()) return file;
      } catch {
        return null;
      }
    }
    return null;
  };

  const load = (file: string): Served => {
    let served = cache.get(file);
    if (!served) {
      const ext = extname(file).toLowerCase();
      const body = readFileSync(file);
      served = {
        body,
        gzip: COMPRESSED.has(ext) ? gzipSync(body) : null,
        type: TYPES[ext] ?? 'application/octet-stream',
      };
      cache.set(file, served);
    }
    return served;
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(req.url ?? '/') : null;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end('not found');
      return;
    }
    const served = load(file);
    const gzip = served.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? served.gzip! : served.body;
    res.writeHead(200, {
      'Content-Type': served.type,
      'Content-Length': body.length,
      // Hashed build files are cached for good, as a static host would; the page is
      // revalidated. Every load starts from a fresh browser context, so from an empty cache.
      'Cache-Control': file.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      // Lets the page read transfer sizes in Resource Timing.
      'Timing-Allow-Origin': '*',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer(handle);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    cost(urlPath) {
      const file = fileFor(urlPath);
      if (!file) return null;
      const served = load(file);
      return { raw: served.body.length, sent: (served.gzip ?? served.body).length };
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
