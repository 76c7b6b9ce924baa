// The params the catalog puts on the wire (`errorInfo[code].wire`), read by parseJssErrorResponse
// from the body's elements (a JSON body's members) and the headers. Codes and params are found in
// the catalog at run time.
import { errorInfo, jssErrorCodes, type JssErrorInfo } from '@jss/error-codes';
import { parseJssErrorResponse } from '@jss/errors';
import { describe, expect, it } from 'vitest';

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fieldsOf = (error: unknown) => error as Record<string, unknown>;

/** A value per wire param: an integer, or text with XML syntax in it (header-safe where a header carries it). */
function samples(info: JssErrorInfo): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  Object.keys(info.wire).forEach((name, i) => {
    values[name] = info.params[name] === 'integer' ? 1_000_000 + i : `<a&b> ${name} */${i}`;
  });
  return values;
}

/** The response a server sends with these values: each param in its element, else its header. */
function response(code: string, info: JssErrorInfo, values: Record<string, string | number>, json = false) {
  const headers: Record<string, string> = {};
  const members: Record<string, string | number> = { Code: code, Message: 'm' };
  for (const [name, at] of Object.entries(info.wire)) {
    if (at.element !== undefined) members[at.element] = values[name]!;
    else if (at.header !== undefined) headers[at.header] = String(values[name]);
  }
  const xml = Object.entries(members)
    .map(([element, value]) => `<${element}>${xmlText(String(value))}</${element}>`)
    .join('');
  return {
    status: info.httpStatus,
    headers: { 'content-type': json ? 'application/json' : 'application/xml', ...headers },
    body: json ? JSON.stringify(members) : `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${xml}</Error>`,
  };
}

const cases = jssErrorCodes.flatMap((code) => {
  const info: JssErrorInfo = errorInfo[code];
  return Object.keys(info.wire).length === 0 ? [] : [{ code, info, values: samples(info) }];
});

/** The first wire param that matches, found in the catalog at run time. */
function findParam(test: (info: JssErrorInfo, name: string) => boolean) {
  for (const { code, info } of cases)
    for (const name of Object.keys(info.wire)) if (test(info, name)) return { code, info, name };
  throw new Error('the catalog has no such wire param');
}

it('the catalog puts params of some codes on the wire', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('$code', ({ code, info, values }) => {
  it.each([false, true])('JSON %s: every wire param is a typed field', (json) => {
    const error = parseJssErrorResponse(response(code, info, values, json));
    expect(error.code).toBe(code);
    expect(error.params).toEqual(values);
    for (const [name, value] of Object.entries(values)) expect(fieldsOf(error)[name]).toBe(value);
  });
});

describe('an integer param', () => {
  const { code, info, name } = findParam((i, n) => i.params[n] === 'integer' && i.wire[n]?.element !== undefined);
  const element = info.wire[name]!.element!;
  const read = (text: string) =>
    fieldsOf(
      parseJssErrorResponse({
        status: 400,
        body: `<Error><Code>${code}</Code><${element}>${text}</${element}></Error>`,
      }),
    )[name];

  it.each([
    ['42', 42],
    [' 42\n', 42],
    ['-7', -7],
    ['9007199254740991', 9007199254740991],
  ])('%j is the number %d', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each(['9007199254740992', '4.2', '1e3', '0x10', '42abc', '', 'NaN', 'Infinity', '+', '-'])(
    '%j is no safe integer: the field is absent',
    (text) => {
      expect(read(text)).toBeUndefined();
    },
  );
});

describe('where a value comes from', () => {
  it('a header param is read case-insensitively from any header container', () => {
    const { code, info, name } = findParam(
      (i, n) => i.wire[n]?.element === undefined && i.wire[n]?.header !== undefined,
    );
    const header = info.wire[name]!.header!;
    const body = `<Error><Code>${code}</Code></Error>`;
    const containers = [
      new Headers({ [header]: 'v 1' }),
      new Map([[header.toUpperCase(), 'v 1']]),
      { [header.toLowerCase()]: 'v 1' },
      [[header, 'v 1']] as [string, string][],
    ];
    for (const headers of containers)
      expect(fieldsOf(parseJssErrorResponse({ status: 400, headers, body }))[name]).toBe('v 1');
  });

  it('a value with a comma in a header is kept whole', () => {
    const { code, info, name } = findParam(
      (i, n) => i.wire[n]?.element === undefined && i.wire[n]?.header !== undefined && i.params[n] === 'string',
    );
    const headers = { [info.wire[name]!.header!]: 'a, b' };
    expect(
      fieldsOf(parseJssErrorResponse({ status: 400, headers, body: `<Error><Code>${code}</Code></Error>` }))[name],
    ).toBe('a, b');
  });

  it("the body's element wins over the resource path", () => {
    const found = cases.find(
      ({ info }) => info.wire.key?.element !== undefined || info.wire.bucket?.element !== undefined,
    );
    if (found === undefined) return; // no code of the catalog puts a bucket or key on the wire
    const name = found.info.wire.key?.element !== undefined ? 'key' : 'bucket';
    const element = found.info.wire[name]!.element!;
    const body = `<Error><Code>${found.code}</Code><Resource>/from-path/x.jpg</Resource><${element}>from-body</${element}></Error>`;
    expect(fieldsOf(parseJssErrorResponse({ status: 404, body }))[name]).toBe('from-body');
  });

  it('the AWS wrapping: the inner <Error> element first, the root where it has none', () => {
    const { code, info, name } = findParam((i, n) => i.params[n] === 'string' && i.wire[n]?.element !== undefined);
    const element = info.wire[name]!.element!;
    const inner = `<ErrorResponse><Error><Code>${code}</Code><${element}>inner</${element}></Error><${element}>outer</${element}></ErrorResponse>`;
    const outer = `<ErrorResponse><Error><Code>${code}</Code></Error><${element}>outer</${element}></ErrorResponse>`;
    expect(fieldsOf(parseJssErrorResponse({ status: 400, body: inner }))[name]).toBe('inner');
    expect(fieldsOf(parseJssErrorResponse({ status: 400, body: outer }))[name]).toBe('outer');
  });

  it('entities, CDATA and a first occurrence, as the other fields are read', () => {
    const { code, info, name } = findParam((i, n) => i.params[n] === 'string' && i.wire[n]?.element !== undefined);
    const e = info.wire[name]!.element!;
    const body = `<Error><Code>${code}</Code><${e} a="1">a &amp; <![CDATA[<b>]]><!-- c --></${e}><${e}>second</${e}></Error>`;
    expect(fieldsOf(parseJssErrorResponse({ status: 400, body }))[name]).toBe('a & <b>');
  });

  it('a value for another code is not read: only the received code says which elements count', () => {
    const { info, name } = findParam((i, n) => i.wire[n]?.element !== undefined);
    const other = jssErrorCodes.find((c) => !Object.hasOwn(errorInfo[c].params, name))!;
    const e = info.wire[name]!.element!;
    const error = parseJssErrorResponse({ status: 400, body: `<Error><Code>${other}</Code><${e}>1</${e}></Error>` });
    expect(fieldsOf(error)[name]).toBeUndefined();
    expect(error.params).not.toHaveProperty(name);
  });
});

describe('hostile bodies', () => {
  const { code, info, name } = findParam((i, n) => i.params[n] === 'string' && i.wire[n]?.element !== undefined);
  const e = info.wire[name]!.element!;

  it('prototype names are element names like any other', () => {
    const body = `<Error><Code>${code}</Code><__proto__>x</__proto__><constructor>y</constructor><hasOwnProperty>z</hasOwnProperty><${e}>ok</${e}></Error>`;
    const error = parseJssErrorResponse({ status: 400, body });
    expect(fieldsOf(error)[name]).toBe('ok');
    expect(Object.getPrototypeOf(error)).toBe(
      Object.getPrototypeOf(parseJssErrorResponse({ status: 400, body: `<Error><Code>${code}</Code></Error>` })),
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('a JSON body with __proto__ and constructor members pollutes nothing', () => {
    const body = `{"Code":"${code}","__proto__":{"polluted":1},"constructor":"c","${e}":"ok"}`;
    const error = parseJssErrorResponse({ status: 400, body });
    expect(fieldsOf(error)[name]).toBe('ok');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('thousands of other elements before it: the code is still read, only the first elements are kept', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `<X${i}>v</X${i}>`).join('');
    const before = parseJssErrorResponse({
      status: 400,
      body: `<Error><Code>${code}</Code>${many}<${e}>late</${e}></Error>`,
    });
    expect(before.code).toBe(code);
    expect(fieldsOf(before)[name]).toBeUndefined();
    const first = parseJssErrorResponse({
      status: 400,
      body: `<Error><Code>${code}</Code><${e}>early</${e}>${many}</Error>`,
    });
    expect(fieldsOf(first)[name]).toBe('early');
  });

  it('a huge value is read within the body limit, never beyond it', () => {
    const huge = 'v'.repeat(100_000);
    const error = parseJssErrorResponse({
      status: 400,
      body: `<Error><Code>${code}</Code><${e}>${huge}</${e}></Error>`,
    });
    expect(error.code).toBe(code);
    // The element is not closed within the first 64 Ki characters: it is not there to read.
    expect(fieldsOf(error)[name]).toBeUndefined();
    const large = 'v'.repeat(60_000);
    const within = parseJssErrorResponse({
      status: 400,
      body: `<Error><Code>${code}</Code><${e}>${large}</${e}></Error>`,
    });
    expect(fieldsOf(within)[name]).toBe(large);
  });
});
