import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesOf, siteRoot } from '../lib/site.mjs';

const LIMIT = 50 * 1024;

/** What a browser downloads for a page before images: the HTML, its stylesheets and scripts. */
function pageWeight(page: string): number {
  const html = readFileSync(join(siteRoot, page), 'utf8');
  const assets = [...html.matchAll(/<(?:link[^>]*\shref|script[^>]*\ssrc)="(?!data:)([^"#]+)"/g)].map((m) =>
    posix.normalize(posix.join(posix.dirname(page), m[1]!)),
  );
  return Buffer.byteLength(html) + assets.reduce((sum, a) => sum + statSync(join(siteRoot, a)).size, 0);
}

describe('page weight', () => {
  const pages = pagesOf(siteRoot);
  it.each(pages)('%s is under 50 KB with its stylesheet and scripts', (page) => {
    expect(pageWeight(page)).toBeLessThan(LIMIT);
    expect(pageWeight(page)).toBeGreaterThan(Buffer.byteLength(readFileSync(join(siteRoot, page)))); // assets counted
  });
});
