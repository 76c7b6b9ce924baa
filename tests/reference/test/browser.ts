import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../lib/chromium.mjs';
import { siteRoot } from '../lib/site.mjs';
import { serveStatic } from '../lib/static-server.mjs';

/** Starts the static server and Chromium for a test file; both stop after it. */
export function useSite(): { readonly url: string; readonly browser: Browser } {
  const state = {} as { url: string; browser: Browser; close: () => Promise<void>; stop: () => Promise<void> };
  beforeAll(async () => {
    const server = await serveStatic(siteRoot);
    const chromium = await launchChromium();
    Object.assign(state, { url: server.url, browser: chromium.browser, close: chromium.close, stop: server.close });
  });
  afterAll(async () => {
    await state.close?.();
    await state.stop?.();
  });
  return state;
}
