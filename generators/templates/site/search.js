// The index's offline search: lists the rows matching the query and the selects. Matches are
// copied into a second table (at most SHOWN of them) while the full one is set aside with
// content-visibility, which keeps its layout: hiding thousands of rows one by one, or with
// display: none, cost 100-200 ms of style and layout on 10,000 codes. Data comes
// from search-data.<locale>.js (window.JSS_SEARCH), one haystack per row in the same order; the
// row's own text (code, status, description) completes it.
(() => {
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
  const selects = Array.from(form.querySelectorAll('select'));
  const synonyms = Object.entries(data.synonyms).sort((a, b) => b[0].length - a[0].length);
  const fold = (text) => text.normalize('NFKC').toLowerCase();
  const facets = rows.map((row, i) => ({
    status: ` ${row.dataset.s} `,
    fault: row.dataset.f,
    retry: row.dataset.r,
    source: ` ${row.dataset.o} `,
    code: row.querySelector('a').textContent,
    hay: fold([data.codes[i], ...Array.from(row.cells, (cell) => cell.textContent)].join('\n')),
  }));

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
    const words = terms(query);
    const filtered = words.length > 0 || Object.values(filter).some((v) => v !== '');
    const found = [];
    const shown = [];
    facets.forEach((f, i) => {
      if (!passes(f, filter) || !words.every((w) => f.hay.includes(w))) return;
      found.push(f.code);
      if (filtered && shown.length < SHOWN) shown.push(rows[i].cloneNode(true));
    });
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
