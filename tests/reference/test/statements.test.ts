// What the pages state is what the packages do: the problem+json example is the body
// @jss/errors-server sends, each HEAD row names the class the adapters give for that operation
// (bodilessCodeFor), and the pages in a language other than the catalog's hold no maintainer notes,
// no ASCII punctuation glued to Chinese, no internal variant ids and no raw placeholders.
import { bodilessCodeFor, errorInfo, type JssErrorCodeName, type JssParamWire } from '@jss/error-codes';
import { createJssError, errorClasses } from '@jss/errors';
import { toErrorResponse } from '@jss/errors-server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteRoot } from '../lib/site.mjs';
import { errors, localeDir, locales } from './catalog.js';

const HEAD_OPERATIONS = ['HeadObject', 'HeadBucket'];

const htmlText = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x60;/g, '`')
    .replace(/&#x3D;/g, '=')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const pageOf = (e: (typeof errors)[number], locale: string) =>
  readFileSync(join(siteRoot, `${localeDir(locale)}${e.docPath}index.html`), 'utf8');

/** The page's text a reader sees in prose: tags, code and preformatted blocks removed. */
const proseOf = (html: string) =>
  htmlText(
    html
      .replace(/<(pre|code|script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/<!--[\s\S]*?-->/g, ''),
  );

const classOf = (code: string) => (errorClasses as Record<string, { name: string }>)[code]!.name;

describe.each(locales.all)('the %s code pages', (locale) => {
  it('list the details each code carries, with the element or header errorInfo says the wire has', () => {
    let rows = 0;
    for (const e of errors) {
      const info = errorInfo[e.code as JssErrorCodeName];
      const section = /<section aria-labelledby="sec-fields">([\s\S]*?)<\/section>/.exec(pageOf(e, locale));
      const params = Object.keys(info.params);
      expect(section !== null, e.code).toBe(params.length > 0);
      if (section === null) continue;
      const shown = [...section[1]!.matchAll(/<tr><th scope="row"><code>(\w+)<\/code><\/th><td>(.*?)<\/td>/g)];
      expect(
        shown.map((m) => m[1]),
        e.code,
      ).toEqual(params);
      for (const [, name, cell] of shown) {
        const wire = (info.wire as Record<string, JssParamWire>)[name!];
        const places = [...htmlText(cell!).matchAll(/<code>(.*?)<\/code>/g)].map((m) => m[1]);
        expect(places, `${e.code}.${name}`).toEqual([
          ...(wire?.element === undefined ? [] : [`<${wire.element}>`]),
          ...(wire?.header === undefined ? [] : [wire.header]),
        ]);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(0);
  });

  it('show the problem+json body @jss/errors-server sends for the code', () => {
    for (const e of errors) {
      const html = pageOf(e, locale);
      const shown = /<h3>application\/problem\+json<\/h3>[\s\S]*?<pre[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(html);
      expect(shown, e.code).not.toBeNull();
      const example = JSON.parse(htmlText(shown![1]!));
      const sent = JSON.parse(
        toErrorResponse(createJssError(e.code), { accept: 'application/problem+json' }).body!,
      ) as Record<string, unknown>;
      for (const member of ['type', 'title', 'status', 'code', 'detail'])
        expect(example[member], `${e.code}: ${member}`).toEqual(sent[member]);
    }
  });

  it('name, per HEAD operation, the class the adapters give its bodiless response', () => {
    for (const e of errors) {
      const rows = Array.from(
        pageOf(e, locale).matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td><code>([^<]*)<\/code>/g),
      );
      for (const operation of HEAD_OPERATIONS) {
        const expected = classOf(bodilessCodeFor(e.httpStatus, operation)!);
        const mine = rows.filter(([, client]) => client!.includes(operation));
        expect(mine.length, `${e.code}: rows for ${operation}`).toBe(2);
        for (const [, client, reports, adapter] of mine) {
          // minio's bucketExists answers a missing bucket with false rather than an error.
          if (adapter === 'false') expect(`${client} ${reports}`, e.code).toMatch(/HeadBucket.*bucketExists/);
          else expect(adapter, `${e.code}: ${client}`).toBe(expected);
        }
      }
    }
  });

  it('show no internal variant id as a heading and no raw placeholder', () => {
    for (const e of errors) {
      const html = pageOf(e, locale);
      for (const v of e.variants ?? []) expect(html, e.code).not.toMatch(new RegExp(`<h3[^>]*>[^<]*\\(${v.id}\\)`));
      expect(proseOf(html), e.code).not.toMatch(/\{[A-Za-z_]\w*\}/);
    }
  });

  if (locale !== locales.source)
    it('hold no maintainer notes (they are written in the catalog language) and Chinese punctuation after Chinese', () => {
      for (const e of errors as ((typeof errors)[number] & { notes: string })[]) {
        const html = pageOf(e, locale);
        if (e.notes.trim() !== '') expect(htmlText(html), e.code).not.toContain(e.notes.trim().slice(0, 60));
        if (locale.startsWith('zh')) expect(proseOf(html), e.code).not.toMatch(/\p{Script=Han}[:;,] ?/u);
      }
    });
});

describe.each(locales.all)('the %s index', (locale) => {
  it('shows no raw placeholder', () => {
    const html = readFileSync(join(siteRoot, `${localeDir(locale)}index.html`), 'utf8');
    expect(proseOf(html)).not.toMatch(/\{[A-Za-z_]\w*\}/);
  });
});
