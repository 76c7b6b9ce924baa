import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInto, readFixture } from './helpers.js';

/**
 * The exact documents generated from test/fixtures/small-catalog.yaml (two codes on one status, a
 * variant, Retry-After, 567). A change to the emitter shows here as a readable diff; `vitest -u`
 * accepts it. The real catalog's documents are covered by `pnpm generate --check`.
 */
describe('golden documents of the small catalog', () => {
  const { root, result } = generateInto(readFixture('small-catalog.yaml'));

  it('generates without diagnostics', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  for (const file of ['openapi.yaml', 'openapi.json', 'openapi-3.0.yaml', 'openapi-3.0.json']) {
    it(file, async () => {
      const text = readFileSync(join(root, 'packages/errors-openapi/openapi', file), 'utf8');
      await expect(text).toMatchFileSnapshot(`golden/${file}`);
    });
  }
});
