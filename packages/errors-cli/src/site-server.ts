import { createReadStream, type Stats, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * A read-only static host for the reference: GET and HEAD of a file under `root`, a folder's
 * `index.html` (every `docUrl` names a folder), 404 for anything else. A path with `..`, a
 * backslash, a NUL or a bad escape never leaves `root`: it is refused before any file is looked at.
 */
export function siteServer(root: string): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileOf(root, req.url ?? '/');
    const stat = file === undefined ? undefined : statOf(file);
    if (file === undefined || stat === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
  });
}

/** The file a request path names under `root`, or undefined when the path is not a plain one. */
function fileOf(root: string, url: string): string | undefined {
  const pathname = url.split(/[?#]/, 1)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith('/') || /[\\\0]/.test(path)) return undefined;
  const segments = path.slice(1).split('/');
  if (segments.some((s) => s === '..' || s === '.')) return undefined;
  const file = join(root, ...segments);
  return path.endsWith('/') ? join(file, 'index.html') : file;
}

/** A regular file's stats; a folder without its final slash is not served (its links are relative). */
function statOf(file: string): Stats | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() && !file.endsWith(sep) ? stat : undefined;
}
