/** One step of a glob: a literal character, `?` (one character but `/`), `*` (within a segment) or `**`. */
type Token = { readonly literal: string } | '?' | '*' | '**';

/**
 * A key glob as a test: `**` crosses `/`, `*` stays within a segment, `?` is one character.
 * Matched by stepping the set of glob positions over the key (no backtracking): time is at most
 * key length × glob length, whatever the key.
 */
export function globMatcher(glob: string): (key: string) => boolean {
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      tokens.push('**');
      i++;
    } else if (c === '*' || c === '?') tokens.push(c);
    else tokens.push({ literal: c });
  }
  const n = tokens.length;
  /** Adds position i and every position reachable from it by a star matching nothing. */
  const close = (states: Uint8Array, i: number) => {
    while (i <= n && states[i] === 0) {
      states[i] = 1;
      const t = tokens[i];
      if (t !== '*' && t !== '**') return;
      i++;
    }
  };
  return (key) => {
    let states = new Uint8Array(n + 1);
    close(states, 0);
    for (let k = 0; k < key.length; k++) {
      const c = key[k];
      const next = new Uint8Array(n + 1);
      let any = false;
      for (let i = 0; i < n; i++) {
        if (states[i] === 0) continue;
        const t = tokens[i]!;
        if (t === '**' || (t === '*' && c !== '/')) {
          close(next, i);
          any = true;
        } else if ((t === '?' && c !== '/') || (typeof t === 'object' && t.literal === c)) {
          close(next, i + 1);
          any = true;
        }
      }
      if (!any) return false;
      states = next;
    }
    return states[n] === 1;
  };
}
