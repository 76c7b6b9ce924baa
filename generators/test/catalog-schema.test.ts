import { describe, expect, expectTypeOf, it } from 'vitest';
import { catalogSchemaJson, type RawCatalog } from '../src/catalog/schema.js';

describe('the catalog schema', () => {
  it('is written as catalog/schema.json from the one declaration its types are inferred from', async () => {
    await expect(catalogSchemaJson).toMatchFileSnapshot('../../catalog/schema.json');
    expectTypeOf<RawCatalog['catalogVersion']>().toEqualTypeOf<1>();
    expectTypeOf<RawCatalog['errors'][number]['fault']>().toEqualTypeOf<'client' | 'server'>();
  });
});
