import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { ExpectStatic } from 'vitest';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../lib/axe.mjs';
import { pagesOf, siteRoot } from '../lib/site.mjs';
import { useSite } from './browser.js';
import { errors, expectLangOf, localeDir, locales } from './catalog.js';
import { useWindows } from './windows.js';

const pages = pagesOf(siteRoot);
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** The locale a page is in, from its folder. */
function localeOf(page: string): string {
  return locales.all.find((l) => l !== locales.source && page.startsWith(`${l}/`)) ?? locales.source;
}

/** Each code's page in each language, and its code. */
const codeOfPage = new Map<string, string>(
  errors.flatMap((e) => locales.all.map((l) => [`${localeDir(l)}${e.docPath}index.html`, e.code] as const)),
);

describe('the site has a page for', () => {
  it.each(locales.all)('every code, every status and the index in %s', (locale) => {
    const dir = localeDir(locale);
    for (const e of errors) expect(pages).toContain(`${dir}${e.docPath}index.html`);
    for (const s of new Set(errors.flatMap((e) => e.statuses))) expect(pages).toContain(`${dir}status/${s}/index.html`);
    expect(pages).toContain(`${dir}index.html`);
  });
});

// One visit per page checks what used to take three (this file, axe and the language switch):
// loaded at phone width it must render in its language with no script error, no sideways scroll
// and links that resolve; then, widened to a desktop (the site's scripts never read the viewport,
// so the layout is the one a load at that width gives), axe-core must find no violation; a code
// page's language switch must then lead to the same code in every other language.
// One test per page: a failure names its page, and a slow machine cannot time the whole site out.
describe('every page in Chromium', () => {
  const site = useSite();
  const windows = useWindows(site);
  const url = (path: string) => new URL(path, site.url).href;

  it.concurrent.for(pages)(
    '%s renders at 360 px, its links resolve, axe finds no violation at 1280 px, its language switch works',
    (path, { expect }) =>
      windows.with(async ({ page, problems }) => {
        await page.setViewport(PHONE);
        const response = await page.goto(url(path), { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          h1: document.querySelector('h1')?.textContent ?? '',
          width: document.documentElement.scrollWidth,
          hrefs: Array.from(
            document.querySelectorAll('a[href], link[href], script[src]'),
            (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
          ),
        }));
        expectLangOf(expect, facts.lang, localeOf(path));
        expect(facts.h1.length).toBeGreaterThan(0);
        expect(facts.width, `scrolls sideways at ${PHONE.width} px`).toBeLessThanOrEqual(PHONE.width);
        for (const href of facts.hrefs) expectLinkResolves(expect, path, href);

        await page.setViewport(DESKTOP);
        expect(await axeViolations(page)).toEqual([]);

        const code = codeOfPage.get(path);
        const from = localeOf(path);
        if (code !== undefined)
          for (const [i, to] of locales.all.filter((l) => l !== from).entries()) {
            if (i > 0) await page.goto(url(path));
            await Promise.all([page.waitForNavigation(), page.click(`nav.langs a[hreflang|="${to}"]`)]);
            expect(new URL(page.url()).pathname).toBe(`/${localeDir(to)}${path.slice(localeDir(from).length)}`);
            expectLangOf(expect, await page.$eval('html', (h) => h.lang), to);
            expect(await page.$eval('h1', (h) => h.textContent)).toBe(code);
            const current = await page.$eval(`nav.langs a[hreflang|="${to}"]`, (a) => a.getAttribute('aria-current'));
            expect(current).toBe('page');
          }
        expect(problems).toEqual([]);
      }),
  );
});

/** A link is relative, names a file of the site, and its anchor is an id on that page. */
function expectLinkResolves(expect: ExpectStatic, from: string, href: string): void {
  if (href.startsWith('data:')) return; // inline (the empty favicon): no request at all
  expect(href, `${from}: ${href}`).not.toMatch(/^([a-z]+:|\/)/i);
  const [path = '', anchor] = href.split('#');
  const target = path === '' ? from : posix.normalize(posix.join(posix.dirname(from), path));
  expect(target.startsWith('../'), `${from}: ${href} leaves the site`).toBe(false);
  expect(target.endsWith('/'), `${from}: ${href} names a folder, not its file`).toBe(false);
  expect(existsSync(join(siteRoot, target)), `${from}: ${href} → ${target}`).toBe(true);
  if (anchor !== undefined && anchor !== '') {
    const html = readFileSync(join(siteRoot, target), 'utf8');
    expect(html, `${from}: #${anchor} on ${target}`).toContain(`id="${decodeURIComponent(anchor)}"`);
  }
}
