/**
 * The UTF-8 size of a string in bytes, for Content-Length, without Buffer (the core also runs in
 * Workers and Deno). Lone surrogates never reach here (`wireText` replaced them), so a high
 * surrogate always starts a 4-byte pair.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 2; // the pair is 2 units and 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}
