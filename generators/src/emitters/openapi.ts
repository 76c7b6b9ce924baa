import type { CatalogModel } from '../model/types.js';
import type { Emitter } from '../output/generated-file.js';
import { withHeader } from '../output/header.js';
import { renderYamlValue, toBlockYaml } from '../text/block-yaml.js';
import { SharedJson } from '../text/shared-json.js';
import { type Code, doc, id, lit, ts } from '../ts/code.js';
import { checkOpenApiNames } from './openapi/check.js';
import { type Dialect, OPENAPI_30, OPENAPI_31 } from './openapi/dialect.js';
import { openApiDocument, type SharedComponents, sharedComponents } from './openapi/document.js';
import { tsFile } from './ts-file.js';

const PKG = 'packages/errors-openapi';
const DOCS = `${PKG}/openapi`;
const SRC = `${PKG}/src/generated`;

const VERSIONS: readonly { dialect: Dialect; file: string; constName: string; module: string }[] = [
  { dialect: OPENAPI_31, file: 'openapi', constName: 'openapi31', module: 'openapi-3.1.ts' },
  { dialect: OPENAPI_30, file: 'openapi-3.0', constName: 'openapi30', module: 'openapi-3.0.ts' },
];

/** @jss/errors-openapi: the components document in OpenAPI 3.1 and 3.0.3, as YAML, JSON and modules. */
export const openApiEmitter: Emitter = {
  name: 'errors-openapi',
  ownedDirs: [DOCS, SRC],
  check: checkOpenApiNames,
  emit(model) {
    const shared = sharedComponents(model);
    // The shared components are the same in both versions: written as YAML and JSON once, not twice.
    const sharedYaml = Object.fromEntries(
      SHARED_NAMES.map((name) => [name, renderYamlValue(shared[name], 1)]),
    ) as unknown as SharedComponents;
    const sharedJson = new SharedJson(shared);
    const jsonMarkers = sharedJson.markers() as unknown as SharedComponents;
    return [
      ...VERSIONS.flatMap(({ dialect, file, constName, module }) => [
        {
          path: `${DOCS}/${file}.yaml`,
          content: withHeader('yaml', model.catalogFile, toBlockYaml(openApiDocument(model, dialect, sharedYaml))),
        },
        {
          path: `${DOCS}/${file}.json`,
          content: sharedJson.stringify(openApiDocument(model, dialect, jsonMarkers)),
        },
        tsFile(model, `${SRC}/${module}`, versionModule(model, dialect, constName, file)),
      ]),
    ];
  },
};

const SHARED_NAMES = ['headers', 'examples', 'responses'] as const satisfies readonly (keyof SharedComponents)[];

/**
 * The version's document as a module: the JSON file itself, imported, so the data is printed once
 * (in the JSON) and the module cannot drift from it.
 */
function versionModule(model: CatalogModel, dialect: Dialect, constName: string, file: string): Code[] {
  return [
    ts`import type { OpenApiComponentsDocument } from '../types.js';
import document from ${lit(`../../openapi/${file}.json`)} with { type: 'json' };`,
    ts`${doc(`The OpenAPI ${dialect.openapi} components document of every JSS error in ${model.catalogFile}.`, `The same data as the package's \`openapi/${file}.json\`.`)}
export const ${id(constName)}: OpenApiComponentsDocument = document as OpenApiComponentsDocument;`,
  ];
}
