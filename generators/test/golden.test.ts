import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { readTiny, rootWithCatalog } from './helpers.js';

/**
 * The exact bytes generated from a small catalog that uses every feature, kept as real files
 * (`.ts`, `.json`, `.yaml`, `.md`) so they read, and typecheck (`test/golden/tsconfig.json`), as
 * what they are. A change to an emitter shows up here as a readable diff; `vitest -u` accepts it.
 */
describe('golden output of test/fixtures/tiny.yaml', () => {
  const { root, catalog } = rootWithCatalog(readTiny());
  const result = generate({ catalog, out: root });

  it('produces this list of files', async () => {
    const paths = result.files.map((f) => f.path).sort();
    await expect(`${paths.join('\n')}\n`).toMatchFileSnapshot('golden/tiny/FILES.txt');
  });

  for (const file of result.files) {
    it(file.path, async () => {
      const written = readFileSync(join(root, file.path), 'utf8');
      expect(written).toBe(file.content);
      await expect(written).toMatchFileSnapshot(`golden/tiny/${file.path}`);
    });
  }
});
