import type { Emitter } from '../output/generated-file.js';

const PATH = 'catalog/schema.json';

/** `catalog/schema.json`, for editors completing the catalog: written from the generator's schema. */
export const catalogSchemaEmitter: Emitter = {
  name: 'catalog-schema',
  ownedDirs: ['catalog'],
  ownsFile: (path) => path === PATH,
  emit: (model) => [{ path: PATH, content: model.schemaText }],
};
