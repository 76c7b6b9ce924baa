// `jss-errors serve-docs` as a user runs it: the bin in a process of its own, serving the
// reference the package carries, so every page a docUrl names opens.
import { type ChildProcess, spawn } from 'node:child_process';
import { errorInfo, jssErrorCodes } from '@jss/error-codes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jssLocales, JSS_SOURCE_LOCALE } from './catalog.js';
import { colourlessEnv } from './env.js';
import { BIN, runBin } from './run-bin.js';

let child: ChildProcess;
let base: string;
let printed = '';

beforeAll(async () => {
  child = spawn(process.execPath, [BIN, 'serve-docs', '--port', '0'], { env: colourlessEnv() });
  child.stdout!.setEncoding('utf8');
  base = await new Promise<string>((resolve, reject) => {
    child.once('exit', (status) => reject(new Error(`serve-docs exited with ${status}`)));
    child.stdout!.on('data', (text: string) => {
      printed += text;
      const found = /is at (http:\/\/\S+\/)\n/.exec(printed);
      if (found) resolve(found[1]!);
    });
  });
});

afterAll(async () => {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, base), init);

describe('jss-errors serve-docs', () => {
  it('says where the reference is and how to point docUrl there', () => {
    expect(printed).toContain(`setJssDocsBaseUrl('${base}')`);
  });

  it("serves every code's page (its docUrl with this base), in every language", async () => {
    for (const code of jssErrorCodes)
      for (const locale of jssLocales) {
        const dir = locale === JSS_SOURCE_LOCALE ? '' : `${locale}/`;
        const response = await get(`${dir}${errorInfo[code].docPath}`);
        expect(response.status, `${locale} ${code}`).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await response.text(), code).toContain(`<h1 class="code-title">${code}</h1>`);
      }
  });

  it('serves the index and its assets; HEAD gets the length and no body', async () => {
    expect((await get('')).status).toBe(200);
    const css = await get('assets/site.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await get('assets/search.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
  });

  it('serves nothing outside the site, and only reads', async () => {
    const origin = new URL(base).origin;
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/errors/%00',
      '/%E0%A4%A',
      '/errors',
      '/a\\b',
      '/nope/',
    ])
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    expect((await get('', { method: 'POST' })).status).toBe(405);
  });

  it('refuses a port that is not one', async () => {
    const run = await runBin(['serve-docs', '--port', '99999']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--port needs a port number');
  });
});
