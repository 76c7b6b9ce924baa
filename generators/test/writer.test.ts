import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitters } from '../src/emitters/index.js';
import { generate } from '../src/generate.js';
import type { Emitter } from '../src/output/generated-file.js';
import { listFiles, readTiny, rootWithCatalog, runCli } from './helpers.js';

/** The emitters of an older generator that also produced `paths`, each in an owned folder. */
function withRetiredFiles(...paths: string[]): Emitter[] {
  const retired: Emitter = {
    name: 'retired',
    ownedDirs: [],
    emit: () => paths.map((path) => ({ path, content: 'x' })),
  };
  return [...emitters, retired];
}

describe('the writer', () => {
  it('is deterministic: two roots get identical bytes', () => {
    const a = rootWithCatalog(readTiny());
    const b = rootWithCatalog(readTiny());
    generate({ catalog: a.catalog, out: a.root });
    generate({ catalog: b.catalog, out: b.root });
    const files = listFiles(a.root);
    expect(listFiles(b.root)).toEqual(files);
    for (const f of files) expect(readFileSync(join(b.root, f), 'utf8')).toBe(readFileSync(join(a.root, f), 'utf8'));
  });

  it('writes nothing the second time, and leaves files untouched', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const first = generate({ catalog, out: root });
    expect(first.plan.created.length).toBeGreaterThan(5);
    const target = join(root, 'packages/errors/src/generated/classes.ts');
    const mtime = statSync(target).mtimeMs;
    const second = generate({ catalog, out: root });
    expect(second.plan.created).toEqual([]);
    expect(second.plan.changed).toEqual([]);
    expect(second.plan.stale).toEqual([]);
    expect(second.plan.unchanged.length).toBe(first.plan.created.length);
    expect(statSync(target).mtimeMs).toBe(mtime);
  });

  it('--check writes nothing and lists missing, stale and extra files, exiting 1', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root, emitters: withRetiredFiles('packages/errors/src/generated/old-file.ts') });
    const edited = join(root, 'packages/error-codes/src/generated/codes.ts');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}// hand edit\n`);
    const removed = join(root, 'docs/errors.zh.md');
    writeFileSync(removed, 'x');
    const before = listFiles(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]);

    const result = runCli(['--check', '--catalog', catalog, '--out', root], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('stale    packages/error-codes/src/generated/codes.ts');
    expect(result.stderr).toContain('stale    docs/errors.zh.md');
    expect(result.stderr).toContain('extra    packages/errors/src/generated/old-file.ts');
    expect(listFiles(root).map((f) => [f, readFileSync(join(root, f), 'utf8')])).toEqual(before);
  });

  it('--check passes on fresh output', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root });
    const result = runCli(['--check', '--catalog', catalog, '--out', root], root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it("removes files it wrote that no emitter produces now, and only in their emitters' folders", () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const retired = ['docs/errors.fr.md', 'packages/errors/src/generated/RemovedError.ts', 'packages/errors/x.ts'];
    generate({ catalog, out: root, emitters: withRetiredFiles(...retired) });
    const handWritten = join(root, 'packages/errors/src/jss-error.ts');
    const ownDoc = join(root, 'docs/CONTRIBUTING.md');
    for (const f of [handWritten, ownDoc]) {
      mkdirSync(join(f, '..'), { recursive: true });
      writeFileSync(f, 'x');
    }
    const result = generate({ catalog, out: root });
    expect(result.plan.stale).toEqual(['docs/errors.fr.md', 'packages/errors/src/generated/RemovedError.ts']);
    const files = listFiles(root);
    expect(files).not.toContain('packages/errors/src/generated/RemovedError.ts');
    expect(files).not.toContain('docs/errors.fr.md');
    // Outside every owned folder: kept, although an older run wrote it.
    expect(files).toContain('packages/errors/x.ts');
    expect(files).toContain('packages/errors/src/jss-error.ts');
    expect(files).toContain('docs/CONTRIBUTING.md');
  });

  it('leaves no temporary files behind', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    generate({ catalog, out: root });
    expect(listFiles(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names the catalog the same way whatever the working directory', () => {
    const { root, catalog } = rootWithCatalog(readTiny());
    const elsewhere = join(root, 'packages');
    mkdirSync(elsewhere, { recursive: true });
    expect(runCli(['--catalog', catalog, '--out', root], elsewhere).status).toBe(0);
    expect(readFileSync(join(root, 'packages/errors/src/generated/classes.ts'), 'utf8')).toMatch(
      /^\/\/ @generated by @jss\/generators from catalog\/errors\.yaml\./,
    );
  });
});
