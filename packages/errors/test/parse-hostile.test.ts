import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { bodilessCodeFor, jssErrorCodes } from '@jss/error-codes';
import { type IncomingErrorResponse, parseJssErrorResponse, parseS3ErrorXml } from '@jss/errors';
import { describe, expect, it } from 'vitest';

const SLOW_DOWN = '<Error><Code>SlowDown</Code></Error>';
const causeOf = (error: Error) => (error.cause as Error).message;

describe('parseJssErrorResponse never throws', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const trap = new Proxy(
    {},
    {
      get: () => {
        throw new Error('get trap');
      },
      ownKeys: () => {
        throw new Error('ownKeys trap');
      },
      has: () => {
        throw new Error('has trap');
      },
    },
  );
  const throwingGetter = {
    get Code(): string {
      throw new Error('boom');
    },
  };

  it.each([
    ['a throwing getter', throwingGetter],
    ['a Proxy whose traps throw', trap],
    ['a revoked Proxy', revoked.proxy],
  ])('on a body with %s: the status default, the exception in cause', (_, body) => {
    const error = parseJssErrorResponse({ status: 403, body: body as never });
    expect(error.code).toBe(bodilessCodeFor(403));
    expect(causeOf(error)).toMatch(/could not be read/);
    expect((error.cause as Error).cause).toBeInstanceOf(Error);
  });

  const deep: unknown[] = [];
  let inner = deep;
  for (let i = 0; i < 20_000; i++) inner = inner[0] = [] as unknown[];

  it.each([
    [
      'a throwing getter',
      {
        get 'x-amz-request-id'(): string {
          throw new Error('boom');
        },
      },
    ],
    [
      'a throwing get()',
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ],
    [
      'a throwing iterator',
      {
        *[Symbol.iterator]() {
          yield ['x-amz-id-2', 'H'];
          throw new Error('boom');
        },
      },
    ],
    ['a Proxy whose traps throw', trap],
    ['a revoked Proxy', revoked.proxy],
    ['a null-prototype value', { 'x-amz-request-id': Object.create(null) }],
    ['20 000 nested arrays', { 'x-amz-request-id': deep }],
  ])('on headers with %s: the body is still read', (_, headers) => {
    const error = parseJssErrorResponse({ status: 400, headers: headers as never, body: SLOW_DOWN });
    expect(error.code).toBe('SlowDown');
  });

  it('on a response whose status getter throws', () => {
    const response = {
      get status(): number {
        throw new Error('boom');
      },
      body: SLOW_DOWN,
    };
    expect(parseJssErrorResponse(response).code).toBe('SlowDown');
    expect(parseJssErrorResponse(revoked.proxy as IncomingErrorResponse).code).toBe('Unknown');
  });
});

describe('bodies that must be read first are refused, not misread', () => {
  const text = `<Error><Code>SlowDown</Code></Error>`;
  const cases: [string, () => unknown][] = [
    ['a ReadableStream', () => new Response(text).body],
    ['a Blob', () => new Blob([text])],
    ['a Response', () => new Response(text)],
    ['a Promise', () => Promise.resolve(text)],
    ['a stream', () => Readable.from([text])],
    ['a SharedArrayBuffer', () => new SharedArrayBuffer(8)],
  ];
  it.each(cases)('%s: the status default, and a cause that says to read the body', (name, make) => {
    const error = parseJssErrorResponse({ status: 400, body: make() as never });
    expect(error.code).toBe(bodilessCodeFor(400));
    expect(causeOf(error)).toContain(name.replace(/^an? /, ''));
    expect(causeOf(error)).toContain('await res.text()');
  });

  it('are rejected at compile time', () => {
    // Each line is a compile error (checked by `typecheck` and vitest's typecheck).
    // @ts-expect-error a stream must be read first
    parseJssErrorResponse({ status: 400, body: new Response(text).body });
    // @ts-expect-error a Blob must be read first
    parseJssErrorResponse({ status: 400, body: new Blob([text]) });
    // @ts-expect-error a Response must be read first
    parseJssErrorResponse({ status: 400, body: new Response(text) });
    // @ts-expect-error a Promise must be awaited
    parseJssErrorResponse({ status: 400, body: Promise.resolve(text) });
    // @ts-expect-error a SharedArrayBuffer must be copied first
    parseJssErrorResponse({ status: 400, body: new SharedArrayBuffer(8) });
    // What clients do hand over still compiles: records, interfaces, `object`, bytes.
    interface AwsErrorBody {
      Code: string;
      Message?: string;
    }
    const typed: AwsErrorBody = JSON.parse('{"Code":"SlowDown"}');
    const untyped: object = typed;
    parseJssErrorResponse({ status: 400, body: typed as unknown as Record<string, unknown> });
    expect(parseJssErrorResponse({ status: 400, body: typed }).code).toBe('SlowDown');
    expect(parseJssErrorResponse({ status: 400, body: untyped }).code).toBe('SlowDown');
    parseJssErrorResponse({ status: 400, body: Buffer.from(text) });
    expect(parseJssErrorResponse({ status: 400, body: { Code: 'SlowDown' } }).code).toBe('SlowDown');
  });
});

describe('entities', () => {
  const names = Object.getOwnPropertyNames(Object.prototype);
  it.each(names)('&%s; is not decoded through Object.prototype', (name) => {
    const fields = parseS3ErrorXml(`<Error><Code>&${name};</Code><Message>a&${name};b</Message></Error>`);
    expect(fields).toEqual({ code: `&${name};`, message: `a&${name};b` });
  });
});

/** Runs a parse in a child process with a small heap: an allocation per input byte would crash it. */
function parseInSmallHeap(makeBody: string): unknown {
  const script = `
    const { parseJssErrorResponse } = await import('@jss/errors');
    const body = ${makeBody};
    const error = parseJssErrorResponse({ status: 400, body });
    console.log(JSON.stringify({ code: error.code, message: error.message.length, cause: error.cause?.message }));`;
  const out = execFileSync(process.execPath, ['--max-old-space-size=96', '--input-type=module', '-e', script], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('large bodies are read through a bounded prefix', () => {
  it('16 MB of text that is not an error document', () => {
    const result = parseInSmallHeap(`'x '.repeat(8 << 20)`) as { code: string; cause: string };
    expect(result.code).toBe(bodilessCodeFor(400));
    expect(result.cause).toMatch(/neither an S3 XML nor a JSON error document: "x x x.*…" \(only the first \d+/);
    expect(result.cause.length).toBeLessThan(300);
  });

  it('20 MB of entities in <Message>', () => {
    const result = parseInSmallHeap(
      `'<Error><Code>NoSuchKey</Code><Message>' + '&amp;'.repeat(4 << 20) + '</Message></Error>'`,
    ) as { code: string };
    // The Message never closes inside the prefix, but the code before it is kept.
    expect(result.code).toBe('NoSuchKey');
  });

  it('16 MB of bytes that are not an error document', () => {
    const result = parseInSmallHeap(`Buffer.alloc(16 << 20, 'x ')`) as { code: string; cause: string };
    expect(result.code).toBe(bodilessCodeFor(400));
    expect(result.cause).toMatch(/only the first/);
  });

  it('a parsed value with a million items is described, not serialised', () => {
    const body = Array.from({ length: 1_000_000 }, (_, i) => i);
    const error = parseJssErrorResponse({ status: 400, body });
    expect(causeOf(error)).toMatch(/an array of 1000000 items/);
  });

  it('a JSON object with many keys still gives its code, wherever the code is in the prefix', () => {
    const keys = Array.from({ length: 4_000 }, (_, i) => `"k${i}":1`).join(',');
    for (const code of jssErrorCodes) {
      expect(parseJssErrorResponse({ status: 400, body: `{${keys},"Code":"${code}"}` }).code).toBe(code);
    }
    expect(parseJssErrorResponse({ status: 400, body: `{"CODE":"SlowDown",${keys}}` }).code).toBe('SlowDown');
  });

  it('a code past the prefix is not read, and the cause says why', () => {
    const error = parseJssErrorResponse({ status: 400, body: `{"Pad":"${'x'.repeat(1 << 20)}","Code":"SlowDown"}` });
    expect(error.code).toBe(bodilessCodeFor(400));
    expect(causeOf(error)).toMatch(/only the first \d+ characters are read/);
  });

  it('a huge message after the code keeps the code', () => {
    const body = `<Error><Code>SlowDown</Code><Message>${'m'.repeat(1 << 20)}</Message></Error>`;
    expect(parseJssErrorResponse({ status: 400, body }).code).toBe('SlowDown');
  });
});
