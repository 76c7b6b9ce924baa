import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, formatDiagnostic } from '../src/catalog/diagnostic.js';
import { generate } from '../src/generate.js';
import { listFiles, positionOf, readTiny, rootWithCatalog } from './helpers.js';

/** Text that would open elements, end attributes or entities if it reached the HTML unescaped. */
const HOSTILE_MESSAGE = `</code><script>alert(1)</script> "q" 'q' & &amp; \`t\` =x`;
/** Human text may not hold angle brackets (a rule of the catalog), but quotes and ampersands. */
const HOSTILE_TEXT = `" onmouseover="alert(2)" & &amp; 'q' \u2028 end`;

const hostile = readTiny()
  .replace('message: Please reduce your request rate.', `message: ${JSON.stringify(HOSTILE_MESSAGE)}`)
  .replace('en: Please reduce your request rate.', `en: ${JSON.stringify(HOSTILE_TEXT)}`)
  .replace('    notes: Throttling, also seen at 503.', `    notes: ${JSON.stringify(`${HOSTILE_MESSAGE} in notes`)}`);

describe('the reference site with hostile catalog text', () => {
  const { root, catalog } = rootWithCatalog(hostile);
  generate({ catalog, out: root });
  const site = join(root, 'docs', 'reference');
  const pages = listFiles(site).filter((f) => f.endsWith('.html'));
  const read = (file: string) => readFileSync(join(site, file), 'utf8');

  it('writes pages', () => {
    expect(pages).toContain('errors/SlowDown/index.html');
  });

  it.each(pages)('%s holds no markup from the catalog', (page) => {
    const html = read(page);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('onmouseover="');
  });

  it('shows the text escaped on the code page, in every place it appears', () => {
    const html = read('errors/SlowDown/index.html');
    expect(html).toContain(
      '&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &#x27;q&#x27; &amp; &amp;amp;',
    );
    expect(html).toContain('&quot; onmouseover&#x3D;&quot;alert(2)&quot; &amp; &amp;amp; &#x27;q&#x27;');
    // message, JSON and problem+json examples, XML example (escaped once by the XML printer, once for HTML)
    expect(html).toContain('&lt;Message&gt;&amp;lt;/code&amp;gt;');
    expect(html.split('alert(1)').length - 1).toBeGreaterThanOrEqual(5);
  });

  it('keeps the text intact in the search data, which still runs as a script', () => {
    for (const locale of ['en', 'zh']) {
      const script = read(`assets/search-data.${locale}.js`);
      const window: { JSS_SEARCH?: { codes: string[] } } = {};
      new Function('window', script)(window);
      const all = window.JSS_SEARCH!.codes.join('\n');
      expect(all).toContain(HOSTILE_MESSAGE.toLowerCase());
      if (locale !== 'en') expect(all).toContain(HOSTILE_TEXT.toLowerCase());
    }
  });
});

describe('the labels the schema declares', () => {
  it('are required: a catalog without one is refused at `labels`, nothing written', () => {
    const text = readTiny().replace(/ {2}site\.title:\n(?: {4}.*\n)+/, '');
    expect(text).not.toContain('site.title');
    const { root, catalog } = rootWithCatalog(text);
    let thrown: unknown;
    try {
      generate({ catalog, out: root });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CatalogError);
    expect((thrown as CatalogError).diagnostics.map(formatDiagnostic).join('\n')).toContain(
      `:${positionOf(text, 'unknownCode')}: missing required key "site.title"`,
    );
    expect(listFiles(root)).toEqual(['catalog/errors.yaml']);
  });
});

describe('lifecycle notices on the site', () => {
  const { root, catalog } = rootWithCatalog(readTiny());
  generate({ catalog, out: root });
  const site = join(root, 'docs', 'reference');
  const notices = (prefix: string) =>
    listFiles(site)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.html'))
      .flatMap((f) =>
        [...readFileSync(join(site, f), 'utf8').matchAll(/<p class="lifecycle" role="note">(.*?)<\/p>/g)].map((m) =>
          m[1]!.replace(/<[^>]+>/g, ''),
        ),
      );

  it('read in Chinese with full-width punctuation and no space after it', () => {
    const zh = notices('zh/');
    expect(zh.length).toBeGreaterThan(0);
    for (const notice of zh) {
      expect(notice).toMatch(/^自 \S+ 起(弃用|停用)：\S/);
      expect(notice, notice).not.toMatch(/[：。；] /);
    }
  });

  it('read in English with the colon and a space, sentences apart', () => {
    const en = notices('errors/');
    expect(en.length).toBeGreaterThan(0);
    for (const notice of en) expect(notice).toMatch(/^(Deprecated|Retired) since \S+: \S/);
  });
});
