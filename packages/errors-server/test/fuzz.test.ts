import { parseXML } from '@aws-sdk/xml-builder';
import { NoSuchKeyError, parseJssErrorResponse, UnknownJssError } from '@jss/errors';
import { MAX_CODE_LENGTH, MAX_TEXT_LENGTH, toErrorResponse, type OutgoingErrorResponse } from '@jss/errors-server';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateHeaderName, validateHeaderValue } from 'node:http';
import { receivedNoSuchKey } from './support/received.js';
import { describe, expect, it } from 'vitest';

// Any code point, plus what the built-in units leave out or rarely hit: lone surrogates, the
// non-characters U+FFFE/U+FFFF, C0 controls, CR, and XML's own syntax.
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((u) => String.fromCharCode(u)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '&',
      '<',
      '>',
      ']]>',
      '\r',
      '\r\n',
      '&amp;',
      '&#13;',
      '\uFFFE',
      '\uFFFF',
      '"',
      "'",
      '</Message>',
    ),
  },
);
const anyText = fc.oneof(
  { weight: 9, arbitrary: fc.string({ unit, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit, minLength: 1000, maxLength: 1100 }) }, // around the cap
);
const anyAccept = fc.oneof(
  fc.constantFrom(undefined, 'application/json', 'application/problem+json', 'application/xml', '*/*'),
  fc.string({ unit, maxLength: 40 }),
);
// Ids that are mostly acceptable, some too long (129-140 characters).
const anyId = fc.oneof(anyText, fc.stringMatching(/^[A-Za-z0-9\-_.~+/=:]{1,140}$/));
const NUM_RUNS = 300;

/**
 * The documented rule, written independently: cut to `max` units (never inside a pair), then
 * replace each code point XML 1.0 cannot carry with U+FFFD.
 */
function sent(value: string, max: number): string {
  let cut = value.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut) && /^[\uDC00-\uDFFF]/.test(value.slice(max))) cut = cut.slice(0, -1);
  return Array.from(cut, (ch) => (isXmlChar(ch.codePointAt(0)!) ? ch : '\uFFFD')).join('');
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const SAFE_ID = /^[A-Za-z0-9\-_.~+/=:]{1,128}$/;
const SAFE_HOST_ID = /^[A-Za-z0-9\-_.~+/=:]{1,256}$/;

function expectIdKeptOrReplaced(given: string, sentId: string): void {
  if (SAFE_ID.test(given)) expect(sentId).toBe(given);
  else expect(sentId).toMatch(/^(?=.*[A-DF])[0-9A-F]{16}$/);
}

const fxp = new XMLParser({ trimValues: false, parseTagValue: false, processEntities: true, htmlEntities: true });

function expectLegalHeaders(response: OutgoingErrorResponse): void {
  for (const [name, value] of Object.entries(response.headers)) {
    validateHeaderName(name);
    validateHeaderValue(name, value);
    expect(value).toMatch(/^[\x20-\x7e]+$/);
  }
  expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body ?? '')));
}

describe('fuzz: untrusted message, resource and request id', () => {
  it('XML is always well-formed and every parser reads the values back', () => {
    fc.assert(
      fc.property(anyText, anyText, anyId, (message, resource, requestId) => {
        const response = toErrorResponse(receivedNoSuchKey({ message, resource }), { requestId });
        const body = response.body!;
        expectLegalHeaders(response);
        expect(
          body.startsWith(
            '<?xml version="1.0" encoding="UTF-8"?>\n<Error><statusCode>404</statusCode><Code>NoSuchKey</Code>',
          ),
        ).toBe(true);
        expect(XMLValidator.validate(body)).toBe(true);
        for (const ch of body) expect(isXmlChar(ch.codePointAt(0)!)).toBe(true);

        const expected = {
          message: sent(message, MAX_TEXT_LENGTH),
          resource: resource === '' ? undefined : sent(resource, MAX_TEXT_LENGTH),
        };
        expectIdKeptOrReplaced(requestId, response.requestId);

        const fast = fxp.parse(body).Error;
        expect({ message: fast.Message, resource: fast.Resource, requestId: fast.RequestId }).toEqual({
          ...expected,
          requestId: response.requestId,
        });

        // The AWS SDK's own parser, which drops whitespace-only text that holds a newline.
        const awsText = (t: string | undefined) => (t !== undefined && t.trim() === '' && t.includes('\n') ? '' : t);
        const aws = (parseXML(body) as { Error: Record<string, string> }).Error;
        expect({ message: aws.Message, resource: aws.Resource }).toEqual({
          message: awsText(expected.message),
          resource: awsText(expected.resource),
        });

        const parsed = parseJssErrorResponse({ status: response.status, headers: response.headers, body });
        expect({
          code: parsed.code,
          message: parsed.message,
          resource: parsed.resource,
          requestId: parsed.requestId,
        }).toEqual({ code: 'NoSuchKey', ...expected, requestId: response.requestId });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('JSON and problem+json are always valid and read back', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        anyId,
        fc.constantFrom('application/json', 'application/problem+json'),
        (message, resource, requestId, accept) => {
          const response = toErrorResponse(receivedNoSuchKey({ message, resource }), { requestId, accept });
          const body = response.body!;
          expectLegalHeaders(response);
          expect(/[\uD800-\uDFFF]/.test(body.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))).toBe(false);
          const json = JSON.parse(body) as Record<string, unknown>;
          const expected = {
            message: sent(message, MAX_TEXT_LENGTH),
            resource: resource === '' ? undefined : sent(resource, MAX_TEXT_LENGTH),
          };
          const fields =
            accept === 'application/json'
              ? { message: json.Message, resource: json.Resource }
              : { message: json.detail, resource: json.instance };
          expect(fields).toEqual(expected);
          const parsed = parseJssErrorResponse({ status: response.status, headers: response.headers, body });
          expect({
            code: parsed.code,
            message: parsed.message,
            resource: parsed.resource,
            requestId: parsed.requestId,
          }).toEqual({ code: 'NoSuchKey', ...expected, requestId: response.requestId });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('a received code of any text stays well-formed in XML and JSON', () => {
    fc.assert(
      fc.property(anyText, (code) => {
        const error = new UnknownJssError(code, { httpStatus: 400 });
        const xml = toErrorResponse(error).body!;
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(fxp.parse(xml).Error.Code).toBe(sent(code, MAX_CODE_LENGTH));
        expect(JSON.parse(toErrorResponse(error, { accept: 'application/json' }).body!).Code).toBe(
          sent(code, MAX_CODE_LENGTH),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('headers stay legal for any request id, host id and Accept, HEAD included', () => {
    fc.assert(
      fc.property(anyId, anyId, anyAccept, fc.constantFrom('GET', 'HEAD'), (requestId, hostId, accept, method) => {
        const response = toErrorResponse(new NoSuchKeyError(), { requestId, hostId, accept, method });
        for (const [name, value] of Object.entries(response.headers)) {
          validateHeaderName(name);
          validateHeaderValue(name, value);
        }
        expect(response.headers['x-amz-request-id']).toBe(response.requestId);
        expectIdKeptOrReplaced(requestId, response.requestId);
        const hostSent = response.headers['x-amz-id-2']!;
        if (SAFE_HOST_ID.test(hostId)) expect(hostSent).toBe(hostId);
        else expect(hostSent).toMatch(/^[A-Za-z0-9+/]{32}$/);
        expect(['application/xml', 'application/json', 'application/problem+json']).toContain(
          response.headers['content-type'],
        );
        if (method === 'HEAD') expect(response.body).toBeNull();
        else expect(response.body).toEqual(expect.any(String));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
