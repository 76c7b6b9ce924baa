import type { CatalogModel } from '../../model/types.js';
import { generatedNotice } from '../../output/header.js';
import type { Dialect } from './dialect.js';
import { exampleComponents } from './examples.js';
import { bodilessResponseName, responseName, statusResponseName } from './names.js';
import { responseComponents } from './responses.js';
import { headerComponents, schemaComponents } from './schemas.js';

/** What the document is and how to use it, its examples named from this catalog's components. */
function description(model: CatalogModel): string {
  const error = model.errors[0]!;
  const variant = model.errors.flatMap((e) => e.variants)[0];
  const status = model.statuses[0]!;
  const ref = `./node_modules/@jss/errors-openapi/openapi/openapi.yaml#/components/responses/${statusResponseName(status)}`;
  return [
    "Every error response of JSS, JD Cloud's S3-compatible object storage, as reusable components.",
    `Reference a response from your own API description, e.g. \`$ref: '${ref}'\`.`,
    `Responses: one per error code (\`${responseName(error.messageKey)}\`)` +
      (variant ? `, one per variant message (\`${responseName(variant.messageKey)}\`)` : '') +
      `, and per HTTP status one listing every code of that status as examples (\`${statusResponseName(status)}\`)` +
      ` and one without a body for HEAD (\`${bodilessResponseName(status)}\`).`,
  ].join('\n\n');
}

/** The components that are the same in every OpenAPI version: built once, shared by both documents. */
export interface SharedComponents {
  readonly headers: Record<string, unknown>;
  readonly examples: Record<string, unknown>;
  readonly responses: Record<string, unknown>;
}

export function sharedComponents(model: CatalogModel): SharedComponents {
  return { headers: headerComponents(), examples: exampleComponents(model), responses: responseComponents(model) };
}

/**
 * The components document of one OpenAPI version. Key order is fixed by construction and arrays
 * keep catalog order, so the bytes depend only on the catalog.
 */
export function openApiDocument(
  model: CatalogModel,
  dialect: Dialect,
  shared: SharedComponents,
): Record<string, unknown> {
  return {
    openapi: dialect.openapi,
    info: {
      title: 'JSS error responses',
      // The catalog's fingerprint: it changes exactly when the errors described change.
      version: `catalog-${model.catalogHash}`,
      description: description(model),
      license: dialect.license,
    },
    'x-generated': generatedNotice(model.catalogFile),
    ...(dialect.paths === undefined ? {} : { paths: dialect.paths }),
    components: { schemas: schemaComponents(model, dialect), ...shared },
  };
}
