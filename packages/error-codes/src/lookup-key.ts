/**
 * The key a code is looked up by: codes and aliases match case-insensitively. The generator
 * builds the lookup tables with this same function (it runs this module), so the two cannot
 * disagree.
 */
export function jssLookupKey(code: string): string {
  return code.toLowerCase();
}
