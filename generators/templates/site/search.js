// The index's offline search: filters the table's rows by the query and the selects. Data comes
// from search-data.<locale>.js (window.JSS_SEARCH), one haystack per row in the same order; the
// row's own text (code, status, description) completes it.
(() => {
  const data = window.JSS_SEARCH;
  const form = document.getElementById('search');
  // The head hid the rows until the address's query is applied, so they do not jump.
  const reveal = () => document.documentElement.classList.remove('searching');
  if (!data || !form) return reveal();
  const rows = Array.from(document.querySelectorAll('#codes tbody tr'));
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

  /** Shows the matching rows (touching only rows that change) and returns their codes. */
  const search = (query, filter) => {
    const words = terms(query);
    const found = [];
    facets.forEach((f, i) => {
      const show = passes(f, filter) && words.every((w) => f.hay.includes(w));
      if (rows[i].hidden === show) rows[i].hidden = !show;
      if (show) found.push(f.code);
    });
    const filtered = words.length > 0 || selects.some((s) => s.value !== '');
    count.textContent = filtered
      ? form.dataset.matches.replace('{count}', String(found.length)).replace('{total}', form.dataset.total)
      : '';
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
