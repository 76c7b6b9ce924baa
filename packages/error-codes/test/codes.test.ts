import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  bodilessCodeFor,
  codeForStatus,
  errorInfo,
  isJssErrorCode,
  jssErrorCodes,
  jssHttpStatuses,
  JssErrorCode,
  resolveJssErrorCode,
  type JssErrorCodeName,
  type JssHttpStatus,
} from '@jss/error-codes';

const require = createRequire(import.meta.url);
/** The catalog as the package publishes it, read independently of the generated code. */
const catalog = parse(readFileSync(require.resolve('@jss/error-codes/catalog/errors.yaml'), 'utf8')) as {
  statusDefaults: { httpStatus: number; code: string; operations?: Record<string, string> }[];
  errors: {
    code: string;
    httpStatus: number;
    message: string;
    fault: string;
    retryable: boolean;
    aliases?: string[];
    variants?: { id: string; message: string }[];
  }[];
};

describe('@jss/error-codes', () => {
  it('lists every code in catalog order, each an enum member of the same name', () => {
    expect(jssErrorCodes).toEqual(catalog.errors.map((e) => e.code));
    for (const code of jssErrorCodes) expect(JssErrorCode[code as keyof typeof JssErrorCode]).toBe(code);
    expect(Object.keys(JssErrorCode)).toEqual([...jssErrorCodes]);
  });

  it('keeps wire codes verbatim, misspellings included', () => {
    expect(JssErrorCode.NotSuchBucketPolicy).toBe('NotSuchBucketPolicy');
    expect(JssErrorCode.KeyTooLong).toBe('KeyTooLong');
  });

  it('describes every code as the catalog does', () => {
    for (const entry of catalog.errors) {
      const info = errorInfo[entry.code as JssErrorCodeName];
      expect(info.httpStatus).toBe(entry.httpStatus);
      expect(info.message).toBe(entry.message);
      expect(info.fault).toBe(entry.fault);
      expect(info.retryable).toBe(entry.retryable);
      expect(info.variants).toEqual(Object.fromEntries((entry.variants ?? []).map((v) => [v.id, v.message])));
    }
  });

  it('keeps the non-standard 567 and the BucketNotEmpty variants', () => {
    expect(errorInfo.InvalidCallback.httpStatus).toBe(567);
    expect(jssHttpStatuses).toContain(567);
    expect(Object.keys(errorInfo.BucketNotEmpty.variants)).toEqual(['multipartUploads', 'acl']);
    expect(errorInfo.SlowDown).toMatchObject({
      httpStatus: 400,
      throttling: true,
      retryable: true,
      aws: { code: 'SlowDown', httpStatus: 503 },
    });
  });

  it('types metadata literally', () => {
    expectTypeOf(errorInfo.NoSuchBucket.httpStatus).toEqualTypeOf<404>();
    expectTypeOf(errorInfo.InvalidCallback.httpStatus).toEqualTypeOf<567>();
    expectTypeOf<JssHttpStatus>().toExtend<number>();
    expectTypeOf<'NoSuchBucket'>().toExtend<JssErrorCodeName>();
    expectTypeOf<'NoSuchBucketPolicy'>().not.toExtend<JssErrorCodeName>();
  });

  it('isJssErrorCode accepts exact wire codes only', () => {
    expect(isJssErrorCode('NoSuchKey')).toBe(true);
    expect(isJssErrorCode('nosuchkey')).toBe(false);
    expect(isJssErrorCode('NoSuchBucketPolicy')).toBe(false);
    expect(isJssErrorCode('toString')).toBe(false);
    expect(isJssErrorCode('__proto__')).toBe(false);
    expect(isJssErrorCode(404)).toBe(false);
    const value: unknown = 'SlowDown';
    if (isJssErrorCode(value)) expectTypeOf(value).toEqualTypeOf<JssErrorCodeName>();
  });

  it('resolveJssErrorCode matches ignoring case and spaces, and through aliases', () => {
    expect(resolveJssErrorCode('nosuchkey')).toBe('NoSuchKey');
    expect(resolveJssErrorCode(' SLOWDOWN ')).toBe('SlowDown');
    expect(resolveJssErrorCode('NoSuchBucketPolicy')).toBe('NotSuchBucketPolicy');
    expect(resolveJssErrorCode('KeyTooLongError')).toBe('KeyTooLong');
    expect(resolveJssErrorCode('NoSuchThing')).toBeUndefined();
    expect(resolveJssErrorCode('constructor')).toBeUndefined();
    for (const entry of catalog.errors) {
      expect(resolveJssErrorCode(entry.code.toUpperCase())).toBe(entry.code);
      // Words apart, as JD's image service writes `Internal Error`.
      expect(resolveJssErrorCode(entry.code.replace(/(?<=[a-z])(?=[A-Z])/g, ' '))).toBe(entry.code);
      for (const alias of entry.aliases ?? []) expect(resolveJssErrorCode(alias)).toBe(entry.code);
    }
  });

  it('gives the catalog code for a bodiless response of every status, and per operation', () => {
    expect(bodilessCodeFor(418)).toBeUndefined();
    for (const d of catalog.statusDefaults) {
      expect(bodilessCodeFor(d.httpStatus), String(d.httpStatus)).toBe(d.code);
      expect(bodilessCodeFor(d.httpStatus, 'NotARealOperation' as string)).toBe(d.code);
      for (const [operation, code] of Object.entries(d.operations ?? {})) {
        expect(bodilessCodeFor(d.httpStatus, operation), `${operation} ${d.httpStatus}`).toBe(code);
      }
    }
    for (const status of jssHttpStatuses) {
      // The assumed code is one a client may really see with that status.
      const code = bodilessCodeFor(status)!;
      expect(errorInfo[code].statuses).toContain(status);
    }
    expect(Object.entries(codeForStatus)).toEqual(catalog.statusDefaults.map((d) => [String(d.httpStatus), d.code]));
  });

  it('publishes the catalog, its JSON form and its schema', () => {
    const json = JSON.parse(readFileSync(require.resolve('@jss/error-codes/catalog/errors.json'), 'utf8')) as {
      errors: { code: string; className: string }[];
    };
    expect(json.errors.map((e) => e.code)).toEqual([...jssErrorCodes]);
    expect(json.errors.find((e) => e.code === 'InternalError')?.className).toBe('InternalError');
    const schema = JSON.parse(readFileSync(require.resolve('@jss/error-codes/catalog/schema.json'), 'utf8')) as {
      title: string;
    };
    expect(schema.title).toBe('JSS error catalog');
  });
});
