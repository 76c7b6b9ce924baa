// The files a generate wrote into a root, as its manifest lists them: what the benches write again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paths relative to `root`, as `.jss-generated.json` lists them. */
export function generatedPaths(root) {
  return JSON.parse(readFileSync(join(root, '.jss-generated.json'), 'utf8')).files;
}

/** Each generated file of `root` with its text, read now: what a timed rewrite of them starts from. */
export function generatedFiles(root) {
  return generatedPaths(root).map((path) => ({ path, content: readFileSync(join(root, path), 'utf8') }));
}
