/** The five entities XML predefines. Others (DOCTYPE-declared ones) are never expanded: no XXE, no bombs. */
function namedEntity(name: string): string | undefined {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default:
      // A switch, not an object lookup: `&constructor;` must not resolve through Object.prototype.
      return undefined;
  }
}

/** Decodes the predefined and numeric character references of a text run; others stay literal. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{0,30});/g, (match, body: string) => {
    if (body[0] !== '#') return namedEntity(body) ?? match;
    const point = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return isXmlChar(point) ? String.fromCodePoint(point) : '\uFFFD';
  });
}

/** Characters XML 1.0 allows; a reference to any other (NUL, a surrogate) is not text. */
function isXmlChar(point: number): boolean {
  return (
    point === 0x9 ||
    point === 0xa ||
    point === 0xd ||
    (point >= 0x20 && point <= 0xd7ff) ||
    (point >= 0xe000 && point <= 0xfffd) ||
    (point >= 0x10000 && point <= 0x10ffff)
  );
}
