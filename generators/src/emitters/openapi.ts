import type { CatalogModel } from '../model/types.js';
import type { Emitter, GeneratedFile } from '../output/generated-file.js';
import { withHeader } from '../output/header.js';
import { renderYamlValue, toBlockYaml } from '../text/block-yaml.js';
import { constStatement, printModule } from '../ts/print.js';
import { OPENAPI_30, OPENAPI_31, type Dialect } from './openapi/dialect.js';
import { openApiDocument, sharedComponents, type SharedComponents } from './openapi/document.js';
import { tsData, tsExpression } from './openapi/ts-data.js';

const PKG = 'packages/errors-openapi';
const DOCS = `${PKG}/openapi`;
const SRC = `${PKG}/src/generated`;

const VERSIONS: readonly { dialect: Dialect; file: string; constName: string; module: string }[] = [
  { dialect: OPENAPI_31, file: 'openapi', constName: 'openapi31', module: 'openapi-3.1.ts' },
  { dialect: OPENAPI_30, file: 'openapi-3.0', constName: 'openapi30', module: 'openapi-3.0.ts' },
];

/** The module of the components both versions share, so the package carries them once. */
const SHARED_MODULE = 'components.ts';

/** @jss/errors-openapi: the components document in OpenAPI 3.1 and 3.0.3, as YAML, JSON and modules. */
export const openApiEmitter: Emitter = {
  name: 'errors-openapi',
  ownedDirs: [DOCS, SRC],
  emit(model) {
    const shared = sharedComponents(model);
    // The shared components are the same in both versions: written as YAML once, not twice.
    const sharedYaml = Object.fromEntries(
      SHARED_NAMES.map((name) => [name, renderYamlValue(shared[name], 1)]),
    ) as unknown as SharedComponents;
    const ts = (name: string, body: string): GeneratedFile => ({
      path: `${SRC}/${name}`,
      content: withHeader('ts', model.catalogFile, body),
    });
    return [
      ...VERSIONS.flatMap(({ dialect, file, constName, module }) => [
        {
          path: `${DOCS}/${file}.yaml`,
          content: withHeader('yaml', model.catalogFile, toBlockYaml(openApiDocument(model, dialect, sharedYaml))),
        },
        {
          path: `${DOCS}/${file}.json`,
          content: `${JSON.stringify(openApiDocument(model, dialect, shared), null, 2)}\n`,
        },
        ts(module, versionModule(model, dialect, constName)),
      ]),
      ts(SHARED_MODULE, sharedModule(shared)),
    ];
  },
};

const SHARED_NAMES = ['headers', 'examples', 'responses'] as const satisfies readonly (keyof SharedComponents)[];

function sharedModule(shared: SharedComponents): string {
  return printModule([
    `import type { OpenApiComponentsDocument } from '../types.js';`,
    ...SHARED_NAMES.map((name) =>
      constStatement({
        doc: `\`components.${name}\`, the same in the OpenAPI 3.1 and 3.0 documents.`,
        name,
        type: `OpenApiComponentsDocument['components']['${name}']`,
        value: tsData(shared[name]),
      }),
    ),
  ]);
}

/** The version's document, its shared components imported rather than repeated. */
function versionModule(model: CatalogModel, dialect: Dialect, constName: string): string {
  const shared = Object.fromEntries(
    SHARED_NAMES.map((name) => [name, tsExpression(name)]),
  ) as unknown as SharedComponents;
  return printModule([
    `import type { OpenApiComponentsDocument } from '../types.js';\nimport { ${SHARED_NAMES.join(', ')} } from './${SHARED_MODULE.replace(/\.ts$/, '.js')}';`,
    constStatement({
      doc: `The OpenAPI ${dialect.openapi} components document of every JSS error in ${model.catalogFile}; the same data as the package's openapi/*.json.`,
      name: constName,
      type: 'OpenApiComponentsDocument',
      value: tsData(openApiDocument(model, dialect, shared)),
    }),
  ]);
}
