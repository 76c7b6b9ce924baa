// Every link the packages hand a user (an error's docUrl, the JSDoc @see of every class and code,
// problem+json's `type`) opens a page of the built site: the published base URL stands for
// docs/reference, and each link names a file there (a folder's index.html) and an id on it.
import { JSS_REFERENCE_BASE_URL } from '@jss/error-codes';
import { createJssError, errorClasses } from '@jss/errors';
import { toErrorResponse } from '@jss/errors-server';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteRoot } from '../lib/site.mjs';
import { errors } from './catalog.js';

const require = createRequire(import.meta.url);

/** The site file and anchor a published link names; fails when the link is outside the site. */
function siteTarget(link: string): { file: string; anchor: string | undefined } {
  expect(link.startsWith(JSS_REFERENCE_BASE_URL), `${link} is not under ${JSS_REFERENCE_BASE_URL}`).toBe(true);
  const url = new URL(link);
  const path = decodeURIComponent(url.pathname.slice(new URL(JSS_REFERENCE_BASE_URL).pathname.length));
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return { file, anchor: url.hash === '' ? undefined : decodeURIComponent(url.hash.slice(1)) };
}

function expectOpensAPage(link: string): void {
  const { file, anchor } = siteTarget(link);
  const onDisk = join(siteRoot, file);
  expect(existsSync(onDisk), `${link} → docs/reference/${file}`).toBe(true);
  if (anchor !== undefined) expect(readFileSync(onDisk, 'utf8'), `${link}: #${anchor}`).toContain(`id="${anchor}"`);
}

/** The built declaration files of a package: what an editor shows a user, @see links included. */
function declarationsOf(pkg: string): string[] {
  const dist = join(dirname(require.resolve(`${pkg}/package.json`)), 'dist');
  // Declarations are per source file, under dist/types (the entry files only re-export them).
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.d.ts'))
    .map((name) => readFileSync(join(dist, name), 'utf8'));
}

describe('every link the packages give opens a page of docs/reference', () => {
  it("each code's and each variant's docUrl", () => {
    for (const e of errors) {
      const ErrorClass = errorClasses[e.code as keyof typeof errorClasses] as unknown as new (
        o: object,
      ) => {
        docUrl?: string;
      };
      expect(ErrorClass, e.code).toBeDefined();
      expectOpensAPage(new ErrorClass({}).docUrl!);
      for (const v of e.variants ?? []) {
        const url = new ErrorClass({ variant: v.id }).docUrl!;
        expect(url, `${e.code} (${v.id})`).toContain(`#${v.id}`);
        expectOpensAPage(url);
      }
    }
  });

  it('every JSDoc @see of @jss/errors and @jss/error-codes', () => {
    const links = ['@jss/errors', '@jss/error-codes'].flatMap((pkg) =>
      declarationsOf(pkg).flatMap((text) =>
        Array.from(text.matchAll(/@see \{@link (https?:[^\s}]+)\}/g), (m) => m[1]!),
      ),
    );
    // At least one link per code: a declaration build that lost them would pass vacuously.
    expect(new Set(links).size).toBeGreaterThanOrEqual(errors.length);
    for (const link of new Set(links)) expectOpensAPage(link);
  });

  it("problem+json's type, as @jss/errors-server sends it", () => {
    for (const e of errors) {
      const response = toErrorResponse(createJssError(e.code), { accept: 'application/problem+json' });
      const body = JSON.parse(response.body!) as { type: string };
      expectOpensAPage(body.type);
    }
  });
});
