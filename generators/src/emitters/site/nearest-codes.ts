import { readFileSync } from 'node:fs';

/** The CLI's suggestion rule, plain JavaScript so a page can run it as it is. */
const SUGGEST_MODULE = new URL('../../../../packages/errors-cli/src/suggest.js', import.meta.url);

/**
 * `editDistance` and `nearestCodes` of @jss/errors-cli as script statements: the site's search
 * suggests what `jss-errors explain` suggests for the same input because it runs the same file.
 */
export function nearestCodesScript(): string {
  return readFileSync(SUGGEST_MODULE, 'utf8').replace(/^export /gm, '');
}
