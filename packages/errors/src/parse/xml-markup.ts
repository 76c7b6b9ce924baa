/**
 * Where markup that is not an element ends, read as XML 1.0 does. Each returns the index just
 * past the construct, or -1 when the document ends first.
 */

/** `<![CDATA[…]]>`, `<!--…-->`, `<?…?>` or `<!DOCTYPE …>` starting at `lt`; undefined for a tag. */
export function skipNonElement(xml: string, lt: number): number | undefined {
  const next = xml.charCodeAt(lt + 1);
  if (next === 0x3f /* ? */) return endOf(xml, '?>', lt + 2);
  if (next !== 0x21 /* ! */) return undefined;
  if (xml.startsWith('<!--', lt)) return endOf(xml, '-->', lt + 4);
  if (xml.startsWith('<![CDATA[', lt)) return endOf(xml, ']]>', lt + 9);
  return declarationEnd(xml, lt + 2);
}

function endOf(xml: string, close: string, from: number): number {
  const at = xml.indexOf(close, from);
  return at === -1 ? -1 : at + close.length;
}

/**
 * `<!DOCTYPE name [ internal subset ]>`: a `>` or `<Code>` inside quoted literals, comments,
 * processing instructions or the bracketed subset does not end it.
 */
function declarationEnd(xml: string, from: number): number {
  let inSubset = false;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      i = xml.indexOf(xml[i]!, i + 1);
      if (i === -1) return -1;
    } else if (c === 0x3c /* < */ && inSubset && (xml.startsWith('<!--', i) || xml.startsWith('<?', i))) {
      const end = xml.startsWith('<!--', i) ? endOf(xml, '-->', i + 4) : endOf(xml, '?>', i + 2);
      if (end === -1) return -1;
      i = end - 1;
    } else if (c === 0x5b /* [ */) inSubset = true;
    else if (c === 0x5d /* ] */) inSubset = false;
    else if (c === 0x3e /* > */ && !inSubset) return i + 1;
  }
  return -1;
}

/** The index of the `>` closing the start tag opened at `lt`, skipping quoted attribute values. */
export function startTagEnd(xml: string, lt: number): number {
  const gt = xml.indexOf('>', lt + 1);
  if (gt === -1) return -1;
  // Fast path: no quote before the first `>` (a tag without attributes).
  const quote = firstQuote(xml, lt + 1, gt);
  if (quote === -1) return gt;
  for (let i = quote; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      i = xml.indexOf(xml[i]!, i + 1);
      if (i === -1) return -1;
    } else if (c === 0x3e) return i;
  }
  return -1;
}

function firstQuote(xml: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x22 || c === 0x27) return i;
  }
  return -1;
}
