import { lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { listFiles, readTiny, rootWithCatalog, runCli, tempRoot } from './helpers.js';

const MANIFEST = '.jss-generated.json';

/** A folder outside every output root, holding files nobody may touch. */
function victimFolder(): { dir: string; files: Record<string, string> } {
  const dir = tempRoot('jss-victim-');
  const files = { 'a.txt': 'data a', 'b.json': '{"b":1}', 'keep/c.md': '# c' };
  mkdirSync(join(dir, 'keep'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, files };
}

/** Every regular file under `dir` with its bytes (links are not followed). */
function contents(dir: string): Record<string, string> {
  const files = listFiles(dir).filter((f) => lstatSync(join(dir, f)).isFile());
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('the writer and files it did not write', () => {
  it('refuses an owned folder that is a link out of the output root, and leaves the link target alone (D19)', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root });
    const victim = victimFolder();
    const linked = 'packages/error-codes/catalog';
    rmSync(join(root, linked), { recursive: true });
    symlinkSync(victim.dir, join(root, linked));
    const before = contents(root);

    const result = runCli(['--catalog', catalog, '--out', root], root);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${linked} in the output root`);
    expect(result.stderr).toContain('leads through a symbolic link to');
    expect(result.stderr).toContain('Nothing was changed.');
    expect(contents(victim.dir)).toEqual(victim.files);
    expect(contents(root)).toEqual(before);
  });

  it('follows a link that stays inside the output root', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    mkdirSync(join(root, 'real-locales'));
    mkdirSync(join(root, 'packages/errors-i18n'), { recursive: true });
    symlinkSync(join(root, 'real-locales'), join(root, 'packages/errors-i18n/locales'));
    generate({ catalog, out: root });
    expect(listFiles(join(root, 'real-locales'))).toContain('en.json');
  });

  it('keeps user files in owned folders of a tree it never wrote to (D19)', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const user = {
      'packages/errors-i18n/locales/fr.json': '{"mine":1}',
      'docs/errors.internal.md': 'notes',
      'docs/README.md': 'keep',
      'packages/errors/src/generated/handmade.ts': 'export {};',
    };
    for (const [file, text] of Object.entries(user)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    const check = runCli(['--check', '--catalog', catalog, '--out', root], root);
    expect(check.stderr).not.toContain('extra');
    const result = generate({ catalog, out: root });
    expect(result.plan.stale).toEqual([]);
    expect(result.plan.foreign).toEqual([
      'docs/errors.internal.md',
      'packages/errors-i18n/locales/fr.json',
      'packages/errors/src/generated/handmade.ts',
    ]);
    for (const [file, text] of Object.entries(user)) expect(readFileSync(join(root, file), 'utf8')).toBe(text);
    generate({ catalog, out: root });
    for (const [file, text] of Object.entries(user)) expect(readFileSync(join(root, file), 'utf8')).toBe(text);
  });

  it('writes a sorted manifest of exactly the files it generated', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const result = generate({ catalog, out: root });
    const listed = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')).files as string[];
    expect(listed).toEqual(result.files.map((f) => f.path).sort());
    expect(listed).toEqual([...listed].sort());
  });

  it('removes a listed file only inside an owned folder, and refuses a manifest that leaves the root', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root });
    const manifest = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8'));
    writeFileSync(join(root, 'README.md'), 'user readme');
    writeFileSync(join(root, MANIFEST), JSON.stringify({ ...manifest, files: [...manifest.files, 'README.md'] }));
    generate({ catalog, out: root });
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('user readme');

    const outside = tempRoot('jss-victim-');
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    writeFileSync(join(root, MANIFEST), JSON.stringify({ files: [`../${outside.split('/').at(-1)}/secret.txt`] }));
    expect(() => generate({ catalog, out: root })).toThrow(/is not a manifest the generator wrote \(bad entry/);
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('replaces a generated file that is a link by a file, without writing through it', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root });
    const victim = victimFolder();
    const file = 'docs/errors.en.md';
    const expected = readFileSync(join(root, file), 'utf8');
    rmSync(join(root, file));
    symlinkSync(join(victim.dir, 'a.txt'), join(root, file));
    const result = generate({ catalog, out: root });
    expect(result.plan.changed).toEqual([file]);
    expect(readFileSync(join(root, file), 'utf8')).toBe(expected);
    expect(contents(victim.dir)).toEqual(victim.files);
  });
});
