import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { pagesOf, siteRoot } from '../lib/site.mjs';
import { useSite } from './browser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  })) as Violation[];
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe-core', () => {
  const site = useSite();
  const pages = pagesOf(siteRoot);

  it(`finds no violation on any of the ${pages.length} pages (light, desktop)`, async () => {
    const page = await site.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path, site.url).href);
      problems.push(...(await violations(page)).map((v) => `${path}: ${v}`));
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds none in dark mode on a phone, with a search shown', async () => {
    const page = await site.browser.newPage();
    await page.setViewport({ width: 360, height: 740 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const sample = pages.filter((p) => p.endsWith('/index.html')).filter((_, i) => i % 7 === 0);
    const problems: string[] = [];
    for (const path of ['index.html', ...sample]) {
      await page.goto(new URL(path, site.url).href);
      problems.push(...(await violations(page)).map((v) => `${path}: ${v}`));
    }
    await page.goto(new URL('index.html?q=bucket', site.url).href);
    problems.push(...(await violations(page)).map((v) => `index.html?q=bucket: ${v}`));
    expect(problems).toEqual([]);
    await page.close();
  });
});
