// The index's offline search: lists the rows matching the query and the selects. Matches are
// copied into a second table (at most SHOWN of them) while the full one is set aside with
// content-visibility, which keeps its layout: hiding thousands of rows one by one, or with
// display: none, cost 100-200 ms of style and layout on 10,000 codes. Data comes
// from search-data.<locale>.js (window.JSS_SEARCH), one haystack per row in the same order; the
// row's own text (code, status, description) completes it. When nothing matches, the codes
// nearest to the query are offered, by the CLI's own rule (its suggest.js is put in below).
(() => {
  // nearest-codes: packages/errors-cli/src/suggest.js

  const data = window.JSS_SEARCH;
  const form = document.getElementById('search');
  // The head hid the page's content until the address's query is applied, so nothing jumps.
  const reveal = () => document.documentElement.classList.remove('searching');
  if (!data || !form) return reveal();
  const SHOWN = 100;
  const all = document.getElementById('all');
  const allCodes = document.getElementById('all-codes');
  const results = document.getElementById('results');
  const foundRows = document.getElementById('found');
  const rows = Array.from(all.rows);
  const input = document.getElementById('q');
  const count = document.getElementById('count');
  const none = document.getElementById('none');
  const near = document.getElementById('near');
  const selects = Array.from(form.querySelectorAll('select'));
  const synonyms = Object.entries(data.synonyms).sort((a, b) => b[0].length - a[0].length);
  const rowOfCode = new Map(rows.map((row, i) => [row.querySelector('a').textContent, i]));
  // Every spelling a code is recognised by, lower-cased, as `jss-errors explain` compares them.
  const spellings = Object.fromEntries([
    ...Array.from(rowOfCode.keys(), (code) => [code.toLowerCase(), code]),
    ...data.aliases.map(([alias, code]) => [alias.toLowerCase(), code]),
  ]);
  // NUL separates the rows' haystacks in one string, so it is dropped from texts and queries.
  const fold = (text) => text.normalize('NFKC').toLowerCase().replaceAll('\0', '');
  const facets = rows.map((row, i) => {
    const [status, fault, retry, source] = data.facets[i].split('|');
    return {
      status: ` ${status} `,
      fault,
      retry,
      source: ` ${source} `,
      code: row.querySelector('a').textContent,
      hay: fold([data.codes[i], ...Array.from(row.cells, (cell) => cell.textContent)].join('\n')),
    };
  });

  // Every haystack in one string, scanned with indexOf once per term: 10,000 separate includes()
  // calls cost several times more. starts[i] is where row i's haystack begins.
  const starts = [];
  let length = 0;
  for (const f of facets) {
    starts.push(length);
    length += f.hay.length + 1;
  }
  starts.push(length);
  const haystack = facets.map((f) => f.hay).join('\0');
  const rowAt = (offset) => {
    let lo = 0;
    let hi = facets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** How many of the terms each row holds. */
  const termCounts = (words) => {
    const counts = new Uint16Array(facets.length);
    for (const word of words) {
      let at = haystack.indexOf(word);
      while (at >= 0) {
        const row = rowAt(at);
        counts[row]++;
        at = haystack.indexOf(word, starts[row + 1]);
      }
    }
    return counts;
  };

  /** The query as lower-case terms, readers' words replaced by the catalog's (存储空间 → bucket). */
  const terms = (query) => {
    let text = fold(query);
    for (const [word, catalogWord] of synonyms) text = text.split(word).join(` ${catalogWord} `);
    return text.split(/\s+/).filter(Boolean);
  };

  const passes = (f, filter) =>
    (filter.status === '' || f.status.includes(` ${filter.status} `)) &&
    (filter.fault === '' || f.fault === filter.fault) &&
    (filter.retry === '' || f.retry === filter.retry) &&
    (filter.source === '' || f.source.includes(` ${filter.source} `));

  /** Lists the matching rows (the full list when nothing is asked) and returns their codes. */
  const search = (query, filter) => {
    const words = [...new Set(terms(query))];
    const counts = termCounts(words);
    const filtered = words.length > 0 || Object.values(filter).some((v) => v !== '');
    const found = [];
    const shown = [];
    facets.forEach((f, i) => {
      if (counts[i] !== words.length || !passes(f, filter)) return;
      found.push(f.code);
      if (filtered && shown.length < SHOWN) shown.push(rows[i].cloneNode(true));
    });
    // A typo finds nothing: offer the nearest codes instead, as the CLI does.
    const nearest = found.length === 0 && words.length > 0 ? nearestCodes(query, spellings) : [];
    for (const code of nearest) {
      const i = rowOfCode.get(code);
      if (i !== undefined && passes(facets[i], filter)) shown.push(rows[i].cloneNode(true));
    }
    near.hidden = shown.length === 0 || found.length > 0;
    foundRows.replaceChildren(...shown);
    results.hidden = !filtered || shown.length === 0;
    allCodes.classList.toggle('set-aside', filtered);
    let said = form.dataset.matches.replace('{count}', String(found.length)).replace('{total}', form.dataset.total);
    if (found.length > SHOWN) said += ` ${form.dataset.first.replace('{shown}', String(SHOWN))}`;
    count.textContent = filtered ? said : '';
    none.hidden = found.length > 0;
    return found;
  };

  const run = () => search(input.value, Object.fromEntries(selects.map((s) => [s.name, s.value])));

  form.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) input.value = initial;
  run();
  reveal();
  /** For tests and the bench: the codes a query (and filters) finds, the page updated as typing would. */
  window.jssReferenceSearch = (query, filter = {}) => {
    input.value = query;
    for (const s of selects) s.value = filter[s.name] ?? '';
    return run();
  };
})();
