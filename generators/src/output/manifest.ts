import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutputError } from './output-error.js';

/**
 * The list of files the generator wrote, at the output root. Committed with them: it is how the
 * writer knows which files are its own, so it deletes a stale file only when it is listed here.
 */
export const MANIFEST = '.jss-generated.json';

/** Byte-stable: the same files give the same text, whatever order the emitters produce them in. */
export function manifestText(paths: readonly string[]): string {
  const files = [...paths].sort();
  return `${JSON.stringify({ generatedBy: '@jss/generators', files }, null, 2)}\n`;
}

/** The files a manifest lists; none when there is no manifest. A manifest it cannot trust is refused. */
export function readManifest(outDir: string, name = MANIFEST): string[] {
  let text: string;
  try {
    text = readFileSync(join(outDir, name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const refuse = (why: string) =>
    new OutputError(
      `${join(outDir, name)} is not a manifest the generator wrote (${why}). Restore it from version ` +
        'control, or delete it (files it listed are then kept, not removed). Nothing was changed.',
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refuse('not JSON');
  }
  const files = (data as { files?: unknown })?.files;
  if (!Array.isArray(files)) throw refuse('no "files" list');
  for (const file of files) if (!isPlainRelativePath(file)) throw refuse(`bad entry ${JSON.stringify(file)}`);
  return files;
}

/** `a/b.ts`: relative, `/`-separated, no `.`, `..` or empty segments, no NUL or `\`. */
export function isPlainRelativePath(path: unknown): path is string {
  if (typeof path !== 'string' || path === '' || /[\0\\]/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
