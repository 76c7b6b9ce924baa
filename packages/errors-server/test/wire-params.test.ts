// Every param the catalog puts on the wire (`errorInfo[code].wire`), sent by toErrorResponse in
// each body format and read back by parseJssErrorResponse: the loop follows the catalog.
import { validateHeaderValue } from 'node:http';
import { errorInfo, jssErrorCodes, type JssErrorInfo } from '@jss/error-codes';
import { createJssError, parseJssErrorResponse } from '@jss/errors';
import { type OutgoingErrorResponse, MAX_TEXT_LENGTH, toErrorResponse } from '@jss/errors-server';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BODY_FORMATS } from './support/formats.js';

// Param names come from the catalog at run time, so the per-code option types cannot check them.
const create = createJssError as (code: string, options: Readonly<Record<string, unknown>>) => unknown;
const parse = (response: OutgoingErrorResponse) =>
  parseJssErrorResponse({ status: response.status, headers: response.headers, body: response.body });

/**
 * A value for each wire param: the largest safe integers; text with XML's and JSON's syntax in it,
 * plus CR/LF and non-ASCII where only the body carries it (a header must carry it as is).
 */
function samples(info: JssErrorInfo): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  Object.keys(info.wire).forEach((name, i) => {
    if (info.params[name] === 'integer') values[name] = Number.MAX_SAFE_INTEGER - i;
    else if (info.wire[name]?.header !== undefined) values[name] = `<&>"' ]]> ${name} */${i}`;
    else values[name] = `<&>"'\r\n]]>\u00fc\u{1F600} ${name}`;
  });
  return values;
}

const cases = jssErrorCodes.flatMap((code) => {
  const info: JssErrorInfo = errorInfo[code];
  return Object.keys(info.wire).length === 0 ? [] : [{ code, info, values: samples(info) }];
});

it('the catalog puts params of some codes on the wire', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('$code', ({ code, info, values }) => {
  describe.each(BODY_FORMATS)('$format', ({ accept }) => {
    const response = toErrorResponse(create(code, values), { accept });

    it('is read back with every wire param, typed', () => {
      const parsed = parse(response);
      expect(parsed.code).toBe(code);
      expect(parsed.params).toEqual(values);
    });

    it('carries each in its element and header', () => {
      const body = response.body ?? '';
      for (const [name, at] of Object.entries(info.wire)) {
        if (at.element !== undefined)
          expect(body).toContain(accept === undefined ? `<${at.element}>` : `"${at.element}":`);
        if (at.header !== undefined) expect(response.headers[at.header.toLowerCase()]).toBe(String(values[name]));
      }
      if (accept === undefined) expect(XMLValidator.validate(body)).toBe(true);
      else expect(() => JSON.parse(body)).not.toThrow();
    });
  });

  it('a HEAD response still carries the headers', () => {
    const head = toErrorResponse(create(code, values), { method: 'HEAD' });
    expect(head.body).toBeNull();
    for (const [name, at] of Object.entries(info.wire))
      if (at.header !== undefined) expect(head.headers[at.header.toLowerCase()]).toBe(String(values[name]));
  });
});

/** The first wire param that matches, found in the catalog at run time. */
function findParam(test: (info: JssErrorInfo, name: string) => boolean) {
  for (const code of jssErrorCodes) {
    const info: JssErrorInfo = errorInfo[code];
    for (const name of Object.keys(info.wire)) if (test(info, name)) return { code, info, name };
  }
  throw new Error('the catalog has no such wire param');
}

describe('hostile values', () => {
  const inHeader = findParam((info, name) => info.wire[name]?.header !== undefined && info.params[name] === 'string');
  const inElement = findParam((info, name) => info.wire[name]?.element !== undefined && info.params[name] === 'string');
  const integer = findParam((info, name) => info.params[name] === 'integer');

  it.each(['a\r\nSet-Cookie: x=1', ' padded ', 'caf\u00e9', 'nul\u0000', 'tab\tinside'])(
    'a header value that cannot be sent as is (%j) leaves the header out, never altered',
    (value) => {
      const response = toErrorResponse(create(inHeader.code, { [inHeader.name]: value }));
      const header = inHeader.info.wire[inHeader.name]!.header!.toLowerCase();
      expect(response.headers).not.toHaveProperty(header);
      for (const [name, text] of Object.entries(response.headers))
        expect(() => validateHeaderValue(name, text)).not.toThrow();
    },
  );

  it.each(BODY_FORMATS)(
    '$format: a huge value is cut as a message is, and the body stays well-formed',
    ({ accept }) => {
      const value = `</${inElement.info.wire[inElement.name]!.element}><Code>AccessDenied</Code>"}${'x'.repeat(200_000)}`;
      const response = toErrorResponse(create(inElement.code, { [inElement.name]: value }), { accept });
      expect(response.body!.length).toBeLessThan(6 * MAX_TEXT_LENGTH);
      if (accept === undefined) expect(XMLValidator.validate(response.body!)).toBe(true);
      const parsed = parse(response);
      expect(parsed.code).toBe(inElement.code);
      expect((parsed as unknown as Record<string, unknown>)[inElement.name]).toBe(value.slice(0, MAX_TEXT_LENGTH));
    },
  );

  it.each([2 ** 53, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -0.5])(
    'an integer that is not a safe integer (%d) is not sent',
    (value) => {
      const response = toErrorResponse(create(integer.code, { [integer.name]: value }));
      const at = integer.info.wire[integer.name]!;
      if (at.element !== undefined) expect(response.body).not.toContain(`<${at.element}>`);
      if (at.header !== undefined) expect(response.headers).not.toHaveProperty(at.header.toLowerCase());
    },
  );

  it('an object where a value belongs is not sent', () => {
    const response = toErrorResponse(create(inElement.code, { [inElement.name]: { toString: () => 'x' } }));
    expect(response.body).not.toContain(`<${inElement.info.wire[inElement.name]!.element}>`);
  });
});
