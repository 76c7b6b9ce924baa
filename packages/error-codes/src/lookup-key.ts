/**
 * The key a code is looked up by: codes and aliases match case-insensitively and ignoring white
 * space (JD's image service sends `Internal Error` for InternalError; catalog codes are
 * identifiers, so no two of them differ by spaces). The generator builds the lookup tables with
 * this same function (it runs this module), so the two cannot disagree.
 */
export function jssLookupKey(code: string): string {
  return code.replace(WHITE_SPACE, '').toLowerCase();
}

const WHITE_SPACE = /\s+/g;
