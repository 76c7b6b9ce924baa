import { fileURLToPath } from 'node:url';
import { validate, compileErrors } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { documentPath, ONE_PER_VERSION } from './helpers.js';

/** @readme/openapi-parser checks the documents against the official 3.0 and 3.1 JSON Schemas and more. */
describe('a real OpenAPI validator accepts', () => {
  for (const name of ONE_PER_VERSION) {
    it(name, async () => {
      const result = await validate(documentPath(name));
      expect(result.valid ? '' : compileErrors(result)).toBe('');
      expect(result.warnings).toEqual([]);
    });
  }

  // The real catalog deprecates nothing; the generator's fixture shows a deprecated code and variant.
  for (const name of ONE_PER_VERSION) {
    it(`the fixture's ${name}, with deprecated codes`, async () => {
      const path = fileURLToPath(
        new URL(`../../../generators/test/golden/tiny/packages/errors-openapi/openapi/${name}`, import.meta.url),
      );
      const result = await validate(path);
      expect(result.valid ? '' : compileErrors(result)).toBe('');
      expect(result.warnings).toEqual([]);
    });
  }

  it('and rejects a broken copy, so a pass means something', async () => {
    const { openapi31 } = await import('@jss/errors-openapi');
    const broken = structuredClone(openapi31) as unknown as {
      components: { responses: Record<string, Record<string, unknown>> };
    };
    delete broken.components.responses.NoSuchBucket!.description;
    const result = await validate(broken as never);
    expect(result.valid).toBe(false);
  });
});
