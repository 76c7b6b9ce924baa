import type { CatalogModel } from '../model/types.js';
import type { Emitter } from '../output/generated-file.js';
import { withHeader } from '../output/header.js';
import { type Code, block, doc, id, join, key, lit, printModule, ts, union } from '../ts/code.js';

/**
 * The generator's own reading of the catalog: the TypeScript shape of a file that passes
 * `catalog/schema.json`, printed from that schema, so the catalog's types are declared once.
 * It covers the keywords the schema uses (type, properties, required, additionalProperties,
 * items, enum, const, oneOf, $ref); one it does not know is a generator error, not a silent `unknown`.
 */
export const catalogTypesEmitter: Emitter = {
  name: 'catalog-types',
  ownedDirs: ['generators/src/catalog'],
  ownsFile: (path) => path === PATH,
  emit(model: CatalogModel) {
    const schema = JSON.parse(model.schemaText) as Schema;
    const definitions = Object.entries(schema.definitions ?? {});
    const statements = [
      typeAlias('RawCatalog', schema, 'The catalog file after it passed the schema.'),
      ...definitions.map(([name, s]) => typeAlias(typeNameOf(name), s)),
    ];
    // The schema is always the repository's, whichever catalog is generated.
    return [{ path: PATH, content: withHeader('ts', 'catalog/schema.json', printModule(statements)) }];
  },
};

const PATH = 'generators/src/catalog/raw-catalog.ts';

interface Schema {
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly enum?: readonly (string | number | boolean | null)[];
  readonly const?: string | number | boolean | null;
  readonly oneOf?: readonly Schema[];
  readonly $ref?: string;
  readonly definitions?: Readonly<Record<string, Schema>>;
}

/** `#/definitions/pageRow` → `RawPageRow`. */
function typeNameOf(definition: string): string {
  return `Raw${definition[0]!.toUpperCase()}${definition.slice(1)}`;
}

function typeAlias(name: string, schema: Schema, fallback?: string): Code {
  const description = schema.description ?? fallback;
  const declaration = ts`export type ${id(name)} = ${typeOf(schema)};`;
  return description === undefined
    ? declaration
    : ts`${doc(description)}
${declaration}`;
}

function typeOf(schema: Schema): Code {
  if (schema.$ref !== undefined) return id(typeNameOf(refName(schema.$ref)));
  if (schema.const !== undefined) return lit(schema.const);
  if (schema.enum !== undefined) return unionOf(schema.enum.map(lit));
  if (schema.oneOf !== undefined) return unionOf(schema.oneOf.map(typeOf), schema.oneOf.at(-1)?.type === 'object');
  const types = typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []);
  if (types.length === 0) throw new Error(`catalog/schema.json: a schema without a type: ${JSON.stringify(schema)}`);
  return unionOf(
    types.map((t) => typeOfKind(t, schema)),
    types.at(-1) === 'object',
  );
}

/** One member is itself; a last object type stays on the union's line, as Biome lays out `null | {…}`. */
function unionOf(members: readonly Code[], endsWithObject = false): Code {
  if (members.length === 1) return members[0]!;
  return endsWithObject ? join(members, ' | ') : union(members);
}

function typeOfKind(type: string, schema: Schema): Code {
  switch (type) {
    case 'string':
    case 'boolean':
    case 'null':
      return ts`${id(type)}`;
    case 'integer':
    case 'number':
      return ts`number`;
    case 'array':
      if (schema.items === undefined) throw new Error('catalog/schema.json: an array without items');
      return ts`${parenthesized(schema.items)}[]`;
    case 'object':
      return objectType(schema);
    default:
      throw new Error(`catalog/schema.json: type ${JSON.stringify(type)} is not supported`);
  }
}

/** An array's item type, parenthesized when it is a union (`(A | B)[]`). */
function parenthesized(items: Schema): Code {
  const inner = typeOf(items);
  const isUnion = (items.oneOf ?? items.enum ?? (Array.isArray(items.type) ? items.type : [])).length > 1;
  return isUnion ? ts`(${inner})` : inner;
}

function objectType(schema: Schema): Code {
  const required = new Set(schema.required ?? []);
  const members = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const member = ts`${key(name)}${required.has(name) ? ts`` : ts`?`}: ${typeOf(property)}`;
    return property.description === undefined
      ? member
      : ts`${doc(property.description)}
${member}`;
  });
  const extra = schema.additionalProperties;
  if (typeof extra === 'object') members.push(ts`[name: string]: ${typeOf(extra)}`);
  else if (extra !== false && members.length === 0) members.push(ts`[name: string]: unknown`);
  return block(members, ';');
}

function refName(ref: string): string {
  const match = /^#\/definitions\/([A-Za-z][A-Za-z0-9]*)$/.exec(ref);
  if (match === null) throw new Error(`catalog/schema.json: only #/definitions/ references are supported: ${ref}`);
  return match[1]!;
}
