import type { Emitter, GeneratedFile } from '../output/generated-file.js';
import { withHeader } from '../output/header.js';
import { conformanceTest } from './server/conformance.js';
import { responsesModule } from './server/responses.js';
import { tablesModule } from './server/tables.js';

const PKG = 'packages/errors-server';
const SRC = `${PKG}/src/generated`;
const TEST = `${PKG}/test/generated`;

/**
 * @jss/errors-server: one response helper per code, the status and Retry-After tables, and the
 * per-code conformance test that proves every code and variant with real S3 clients, so a code
 * added to the catalog is covered the moment it is generated.
 */
export const serverEmitter: Emitter = {
  name: 'errors-server',
  ownedDirs: [SRC, TEST],
  emit(model) {
    const ts = (path: string, body: string): GeneratedFile => ({
      path,
      content: withHeader('ts', model.catalogFile, body),
    });
    return [
      ts(`${SRC}/responses.ts`, responsesModule(model)),
      ts(`${SRC}/tables.ts`, tablesModule(model)),
      ts(`${TEST}/conformance.test.ts`, conformanceTest(model)),
    ];
  },
};
