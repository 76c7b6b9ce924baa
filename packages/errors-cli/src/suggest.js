// Plain JavaScript, typed by suggest.d.ts: the reference site's search (docs/reference) embeds
// this file as it is, so the site suggests the same nearest codes as `jss-errors explain`.

/**
 * Optimal string alignment distance (Damerau-Levenshtein where a transposition is one edit and
 * no substring is edited twice): `NoSuchBukcet` is 1 from `NoSuchBucket`.
 */
export function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}

/**
 * The codes nearest to what was typed, compared case-insensitively with every code and alias
 * (`index`: lower-cased spelling → code), nearest first: those at the smallest distance within
 * a third of the input's length (at least 2), at most `max`.
 */
export function nearestCodes(input, index, max = 3) {
  const typed = input.trim().toLowerCase();
  // Longer inputs cannot be near any code; capping keeps the work small whatever is typed.
  if (typed.length === 0 || typed.length > 200) return [];
  const limit = Math.max(2, Math.floor(typed.length / 3));
  const best = new Map();
  for (const [spelling, code] of Object.entries(index)) {
    const distance = editDistance(typed, spelling);
    if (distance <= limit && distance < (best.get(code) ?? Number.POSITIVE_INFINITY)) best.set(code, distance);
  }
  return [...best]
    .sort(([codeA, a], [codeB, b]) => a - b || (codeA < codeB ? -1 : codeA > codeB ? 1 : 0))
    .slice(0, max)
    .map(([code]) => code);
}
