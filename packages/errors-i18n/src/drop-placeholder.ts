// Written as code points: an app that bundles only `en` must contain no CJK character (a test
// checks the bundle), and these are the full-width forms of the ASCII punctuation beside them.
const CLOSING = new Set([
  ...'.,;:!?)]}',
  ...codePoints(0x2026, 0x2019, 0x201d, 0xff0c, 0x3002, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0xff09, 0x3011, 0x300d),
  ...codePoints(0x300f, 0x3001),
]);
const OPENING = new Set([...'([{', ...codePoints(0x2018, 0x201c, 0xff08, 0x3010, 0x300c, 0x300e)]);

/**
 * The text around a placeholder that has no value, joined as if the placeholder had never been
 * written: the spaces around it shrink to one, and to none at the start or end of the text,
 * before closing punctuation, after opening punctuation, or between two CJK characters.
 * `The bucket {bucket} does not exist.` → `The bucket does not exist.`;
 * `less than {maxParts}.` → `less than.`; in Chinese, `分片 {partNumber} 在` → `分片在`.
 */
export function joinWithoutPlaceholder(before: string, after: string): string {
  const left = before.trimEnd();
  const right = after.trimStart();
  if (left === '' || right === '') return left + right;
  const spaced = left.length !== before.length || right.length !== after.length;
  const last = left[left.length - 1]!;
  const first = right[0]!;
  const space = spaced && !CLOSING.has(first) && !OPENING.has(last) && !(isCjk(last) && isCjk(first));
  return space ? `${left} ${right}` : left + right;
}

/** Chinese, Japanese and Korean characters and punctuation: written without spaces between them. */
function isCjk(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

function codePoints(...codes: number[]): string[] {
  return codes.map((code) => String.fromCharCode(code));
}
