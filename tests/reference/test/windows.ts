import { afterAll } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { WINDOWS } from '../lib/windows.mjs';

/** A window lent to one test, with what went wrong in it since: script errors, failed requests. */
export interface Window {
  readonly page: Page;
  readonly problems: string[];
}

/**
 * `size` browser windows lent to one test at a time (for `it.concurrent`). Windows, not tabs: a tab
 * behind another is hidden, and Chromium left a click in it unanswered until the navigation timed out.
 */
export function useWindows(site: { readonly browser: Browser }, size = WINDOWS) {
  const idle: Window[] = [];
  const waiting: ((w: Window) => void)[] = [];
  const all: Page[] = [];
  let opened = 0;

  async function open(): Promise<Window> {
    const page = await site.browser.newPage({ type: 'window' });
    all.push(page);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${String(error)}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: ${m.text()}`));
    page.on('requestfailed', (r) => problems.push(`${page.url()}: failed ${r.url()}`));
    return { page, problems };
  }
  async function take(): Promise<Window> {
    const free = idle.pop();
    if (free) return free;
    if (opened < size) {
      opened += 1;
      return open();
    }
    return new Promise((resolve) => waiting.push(resolve));
  }
  function giveBack(w: Window): void {
    w.problems.length = 0;
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  }

  afterAll(async () => {
    await Promise.all(all.map((p) => p.close()));
  });
  return {
    /** Runs `use` with a window of its own; the window goes back to the pool after, whatever happens. */
    async with<T>(use: (w: Window) => Promise<T>): Promise<T> {
      const w = await take();
      try {
        return await use(w);
      } finally {
        giveBack(w);
      }
    },
  };
}
