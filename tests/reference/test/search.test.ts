import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nearestCodes } from '../../../packages/errors-cli/src/suggest.js';
import { useSite } from './browser.js';
import { errors, localeDir, locales, retryOf, sourcesOf, statusesOf, textOf } from './catalog.js';

/** The codes of the rows a reader sees. */
const visibleCodes = (page: Page) =>
  page.$$eval('.codes tbody tr a', (as) => as.filter((a) => a.checkVisibility()).map((a) => a.textContent));

type Filter = Partial<Record<'status' | 'fault' | 'retry' | 'source', string>>;

/** A run of at least `min` characters of `text` with no space, placeholder or punctuation: a word a reader may type. */
function wordOf(text: string, min: number): string | undefined {
  const runs = text.replace(/\{[^}]*\}/g, ' ').split(/[\s\p{P}\p{S}]+/u);
  return runs.filter((r) => r.length >= min).sort((a, b) => b.length - a.length)[0];
}

/** The index lists codes alphabetically, ignoring case: a reader scans for a name. */
const byName = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};
const sorted = errors.map((e) => e.code).sort(byName);
const codesWith = (test: (e: (typeof errors)[number]) => boolean) =>
  errors
    .filter(test)
    .map((e) => e.code)
    .sort(byName);

/** Every spelling `jss-errors explain` compares a typed code with: codes and aliases, lower-cased. */
const spellings = Object.fromEntries(
  errors.flatMap((e) => [e.code, ...e.aliases].map((spelling) => [spelling.toLowerCase(), e.code])),
);

/** A typo of a code: two neighbouring letters in its middle swapped. */
function typoOf(code: string): string {
  const i = Math.floor(code.length / 2);
  return `${code.slice(0, i - 1)}${code[i]}${code[i - 1]}${code.slice(i + 1)}`;
}

for (const locale of locales.all) {
  describe(`search on the ${locale} index`, () => {
    const site = useSite();
    let page: Page;
    const search = (query: string, filter: Filter = {}) =>
      page.evaluate(
        (q, f) =>
          (window as unknown as { jssReferenceSearch: (q: string, f: Filter) => string[] }).jssReferenceSearch(q, f),
        query,
        filter,
      );

    beforeAll(async () => {
      page = await site.browser.newPage();
      await page.goto(new URL(`${localeDir(locale)}index.html`, site.url).href);
    });

    it('lists every code, sorted by name, with no query, and shows only matching rows', async () => {
      expect(await search('')).toEqual(sorted);
      const shown = await visibleCodes(page);
      expect(shown).toEqual(sorted);
      const one = errors[0]!.code;
      await search(one);
      const visible = await visibleCodes(page);
      expect(visible).toContain(one);
      expect(visible.length).toBeLessThan(errors.length);
    });

    it('finds every code by its code, in any case, and by each alias', async () => {
      for (const e of errors) {
        expect(await search(e.code)).toContain(e.code);
        expect(await search(e.code.toLowerCase())).toContain(e.code);
        for (const alias of e.aliases) expect(await search(alias), alias).toContain(e.code);
      }
    });

    it('finds every code by a word of its text in every language', async () => {
      for (const e of errors)
        for (const l of locales.all) {
          const word = wordOf(textOf(e, l), l === 'en' ? 5 : 3);
          if (word !== undefined) expect(await search(word), `${e.code} by ${l} "${word}"`).toContain(e.code);
        }
    });

    it('finds a Chinese phrase exactly where the Chinese texts hold it', async () => {
      const zh = locales.all.find((l) => l.startsWith('zh'));
      if (!zh) return;
      const phrase = '不存在';
      const expected = codesWith((e) => textOf(e, zh).includes(phrase));
      expect(expected.length).toBeGreaterThan(0);
      expect(await search(phrase)).toEqual(expect.arrayContaining(expected));
    });

    it('reads 存储空间 as the glossary word Bucket', async () => {
      const bucket = await search('bucket');
      expect(bucket.length).toBeGreaterThan(0);
      expect(await search('存储空间')).toEqual(bucket);
      expect(await search('存储空间不存在')).toEqual(await search('bucket 不存在'));
    });

    it('finds every code by a status it is sent with', async () => {
      for (const status of new Set(errors.flatMap(statusesOf)))
        expect(await search(String(status))).toEqual(
          expect.arrayContaining(codesWith((e) => statusesOf(e).includes(status))),
        );
    });

    it('filters by status, fault, retry and source exactly as the catalog says', async () => {
      for (const status of new Set(errors.flatMap(statusesOf)))
        expect(await search('', { status: String(status) })).toEqual(codesWith((e) => statusesOf(e).includes(status)));
      for (const fault of ['client', 'server'])
        expect(await search('', { fault })).toEqual(codesWith((e) => e.fault === fault));
      for (const retry of ['retryable', 'throttling', 'no'])
        expect(await search('', { retry })).toEqual(codesWith((e) => retryOf(e) === retry));
      for (const source of ['seed', 'page', 'observed'])
        expect(await search('', { source })).toEqual(codesWith((e) => sourcesOf(e).includes(source)));
    });

    it('says how many match and when nothing does', async () => {
      await search('zzzz-no-such-word');
      expect(await page.$eval('#none', (el) => (el as HTMLElement).hidden)).toBe(false);
      expect(await page.$eval('#count', (el) => el.textContent)).toContain('0');
      await search('');
      expect(await page.$eval('#none', (el) => (el as HTMLElement).hidden)).toBe(true);
    });

    it('offers the nearest codes for a typo, the ones `jss-errors explain` suggests', async () => {
      for (const e of errors) {
        const typo = typoOf(e.code);
        if (typo.toLowerCase() === e.code.toLowerCase() || (await search(typo)).length > 0) continue;
        const expected = nearestCodes(typo, spellings);
        expect(expected, typo).toContain(e.code);
        const offered = await page.evaluate(() => ({
          codes: Array.from(document.querySelectorAll('#found a'), (a) => a.textContent),
          shown: !document.getElementById('results')!.hidden && !document.getElementById('near')!.hidden,
        }));
        expect(offered, typo).toEqual({ codes: expected, shown: true });
      }
      await search('zzzz-no-such-word');
      expect(await page.$eval('#near', (el) => (el as HTMLElement).hidden)).toBe(true);
    });

    it('searches as the reader types, and from ?q= in the address', async () => {
      const e = errors[errors.length - 1]!;
      await search('');
      await page.type('#q', e.code);
      const visible = await visibleCodes(page);
      expect(visible).toContain(e.code);
      expect(visible.length).toBeLessThan(errors.length);
      await page.goto(new URL(`${localeDir(locale)}index.html?q=${encodeURIComponent(e.code)}`, site.url).href);
      expect(await page.$eval('#q', (el) => (el as HTMLInputElement).value)).toBe(e.code);
      expect(await visibleCodes(page)).toContain(e.code);
    });
  });
}
