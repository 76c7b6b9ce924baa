import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Stager } from '../src/output/stager.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function stagingRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'jss-gen-stager-'));
  roots.push(root);
  return root;
}

describe('Stager', () => {
  it('writes every staged file, in folders it makes, before finish returns', () => {
    const root = stagingRoot();
    const stager = new Stager(root);
    stager.stage('a/b/one.txt', 'one');
    stager.stage('a/two.txt', '二');
    stager.finish();
    expect(readFileSync(join(root, 'a/b/one.txt'), 'utf8')).toBe('one');
    expect(readFileSync(join(root, 'a/two.txt'), 'utf8')).toBe('二');
  });

  it.skipIf(process.platform === 'win32')(
    'gives up with an error, instead of waiting for ever, when its thread stops writing',
    () => {
      const root = stagingRoot();
      mkdirSync(join(root, 'a'));
      // Opening a FIFO for writing blocks until someone reads it: the thread is stuck in one write.
      const fifo = join(root, 'a', 'stuck');
      execFileSync('mkfifo', [fifo]);
      const stager = new Stager(root, 2_000);
      stager.stage('a/stuck', 'x');
      try {
        expect(() => stager.finish()).toThrow(/stopped: no file written for 2 s\. Nothing was changed\./);
      } finally {
        // Let the stuck write end, so the stopped thread can exit with the test.
        closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
      }
    },
    20_000,
  );
});
