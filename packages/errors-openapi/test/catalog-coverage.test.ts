import {
  codeForStatus,
  errorInfo,
  jssErrorCodes,
  jssHttpStatuses,
  type JssErrorInfo,
  type JssParamWire,
} from '@jss/error-codes';
import { openapi30, openapi31, type OpenApiComponentsDocument, type OpenApiResponse } from '@jss/errors-openapi';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

// The parser the AWS SDK for JavaScript uses for S3 error bodies; values kept as text.
const xml = new XMLParser({ parseTagValue: false, trimValues: false });

interface MediaType {
  examples: Record<string, { $ref: string }>;
}

/** The example a `$ref` in a response points at, resolved inside the same document. */
function exampleValue(doc: OpenApiComponentsDocument, ref: string): unknown {
  const name = ref.replace('#/components/examples/', '');
  const example = doc.components.examples[name];
  if (!example) throw new Error(`dangling example ${ref}`);
  return example.value;
}

function mediaTypes(response: OpenApiResponse): [MediaType, MediaType] {
  const content = response.content as unknown as Record<string, MediaType>;
  expect(Object.keys(content)).toEqual(['application/xml', 'application/json']);
  return [content['application/xml']!, content['application/json']!];
}

interface BodySchema {
  $ref?: string;
  allOf?: { $ref?: string; properties?: Record<string, { type?: string; description?: string; xml?: unknown }> }[];
}

/** Each media type's body schema. */
function schemasOf(response: OpenApiResponse): Record<string, BodySchema> {
  const content = response.content as unknown as Record<string, { schema: BodySchema }>;
  return Object.fromEntries(Object.entries(content).map(([media, { schema }]) => [media, schema]));
}

/** The body a client would parse from the XML example, and the JSON example. */
function bodies(doc: OpenApiComponentsDocument, response: OpenApiResponse, key: string) {
  const [x, j] = mediaTypes(response);
  const xmlText = exampleValue(doc, x.examples[key]!.$ref) as string;
  expect(XMLValidator.validate(xmlText)).toBe(true);
  // Untrimmed, the indentation between elements is text of <Error>: whitespace, and nothing else.
  const { '#text': between, ...fields } = (xml.parse(xmlText) as { Error: Record<string, string> }).Error;
  expect(between ?? '').toMatch(/^\s*$/);
  return { xml: fields, json: exampleValue(doc, j.examples[key]!.$ref) as Record<string, string> };
}

describe.each([
  ['3.1', openapi31],
  ['3.0', openapi30],
] as const)('OpenAPI %s: every catalog code of @jss/error-codes', (_version, doc) => {
  const responses = doc.components.responses;

  it.each(jssErrorCodes.map((code) => [code]))(
    '%s has its response with the catalog status, facts and example',
    (code) => {
      const info: JssErrorInfo = errorInfo[code];
      const response = responses[code]!;
      expect(response).toBeDefined();
      expect(response['x-jss-status']).toBe(info.httpStatus);
      expect(response['x-jss-code']).toBe(code);
      expect(response['x-jss-message']).toBe(info.message);
      expect(response['x-jss-fault']).toBe(info.fault);
      expect(response['x-jss-retryable']).toBe(info.retryable);
      expect(response['x-jss-throttling']).toBe(info.throttling);
      expect(response['x-jss-retry-after']).toBe(info.retryAfter);
      expect(response['x-aws-code']).toBe(info.aws?.code);
      expect(response['x-aws-status']).toBe(info.aws?.httpStatus);
      const wire = Object.entries(info.wire as Record<string, JssParamWire>);
      expect(Object.keys(response.headers)).toEqual([
        'x-amz-request-id',
        'x-amz-id-2',
        ...(info.retryAfter === undefined ? [] : ['Retry-After']),
        ...wire.flatMap(([, w]) => (w.header === undefined ? [] : [w.header])),
      ]);
      if (info.retryAfter !== undefined) expect(response.headers['Retry-After']!.example).toBe(info.retryAfter);
      // The elements the code's params travel in, typed as the params, in both bodies' schemas.
      const elements = wire.flatMap(([name, w]) => (w.element === undefined ? [] : [[w.element, name] as const]));
      for (const [media, schema] of Object.entries(schemasOf(response))) {
        const own = (schema.allOf ?? []).slice(1).flatMap((s) => Object.entries(s.properties ?? {}));
        expect(
          own.map(([element]) => element),
          `${code} ${media}`,
        ).toEqual(elements.map(([element]) => element));
        for (const [element, property] of own) {
          const param = elements.find(([e]) => e === element)![1];
          expect(property.type).toBe(info.params[param]);
          expect(property.description).toBeTypeOf('string');
          if (media === 'application/xml') expect(property.xml).toEqual({ name: element });
        }
      }

      const body = bodies(doc, response, code);
      expect(body.xml.Code).toBe(code);
      expect(body.xml.Message).toBe(info.message);
      // The XML document starts with the status as JSS writes it; JSON has the same fields but that.
      const { statusCode, ...fields } = body.xml;
      expect(statusCode).toBe(String(info.httpStatus));
      // The code's elements are in both examples; JSON keeps an integer a number.
      for (const [element] of elements) expect(fields[element], `${code} <${element}>`).toBeDefined();
      const typed = elements.map(([element, param]) => [
        element,
        info.params[param] === 'integer' ? Number(fields[element]) : fields[element],
      ]);
      expect(body.json).toEqual({ ...fields, ...Object.fromEntries(typed) });

      // Every status a client may see for the code lists it among its examples, with the same bodies.
      for (const status of info.statuses) {
        const seenWith = responses[`Status${status}`]!;
        expect(seenWith['x-jss-codes']).toContain(code);
        expect(bodies(doc, seenWith, code)).toEqual(body);
      }
      const byStatus = responses[`Status${info.httpStatus}`]!;

      for (const [variant, message] of Object.entries(info.variants)) {
        const key = `${code}_${variant}`;
        expect(responses[key]!['x-jss-variant']).toBe(variant);
        expect(responses[key]!['x-jss-status']).toBe(info.httpStatus);
        expect(bodies(doc, responses[key]!, key).xml.Message).toBe(message);
        expect(bodies(doc, response, key).xml.Message).toBe(message);
        expect(bodies(doc, byStatus, key).xml.Message).toBe(message);
      }
    },
  );

  it('has a response per status, its codes exactly those of the catalog, and one without a body', () => {
    for (const status of jssHttpStatuses) {
      const codes = jssErrorCodes.filter((c) => (errorInfo[c].statuses as readonly number[]).includes(status));
      expect(responses[`Status${status}`]!['x-jss-codes']).toEqual(codes);
      const bodiless = responses[`Status${status}NoBody`]!;
      expect(bodiless['x-jss-default-code']).toBe(codeForStatus[status]);
      expect(bodiless.content).toBeUndefined();
    }
    expect(jssHttpStatuses).toContain(567);
  });

  it('has no response the catalog does not explain', () => {
    const expected = [
      ...jssErrorCodes.flatMap((c) => [c, ...Object.keys(errorInfo[c].variants).map((v) => `${c}_${v}`)]),
      ...jssHttpStatuses.flatMap((s) => [`Status${s}`, `Status${s}NoBody`]),
    ];
    expect(Object.keys(responses).sort()).toEqual(expected.sort());
  });

  it('enumerates exactly the catalog codes in the code schema', () => {
    expect((doc.components.schemas.JssErrorCode as { enum: string[] }).enum).toEqual([...jssErrorCodes]);
  });
});
