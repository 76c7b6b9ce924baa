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
    statuses?: number[];
    message: string;
    fault: string;
    retryable: boolean;
    throttling: boolean;
    aws: { code: string; httpStatus: number } | null;
    aliases?: string[];
    variants?: { id: string; message: string }[];
  }[];
};

const codes = new Set(catalog.errors.map((e) => e.code));

describe('@jss/error-codes', () => {
  it('lists every code in catalog order, each an enum member of the same name', () => {
    expect(jssErrorCodes).toEqual(catalog.errors.map((e) => e.code));
    for (const code of jssErrorCodes) expect(JssErrorCode[code as keyof typeof JssErrorCode]).toBe(code);
    expect(Object.keys(JssErrorCode)).toEqual([...jssErrorCodes]);
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

  it('keeps every status as the catalog has it, non-standard ones (567) included', () => {
    const statuses = catalog.errors.flatMap((e) => [e.httpStatus, ...(e.statuses ?? [])]);
    expect(jssHttpStatuses).toEqual([...new Set(statuses)].sort((x, y) => x - y));
    for (const entry of catalog.errors) {
      expect(errorInfo[entry.code as JssErrorCodeName], entry.code).toMatchObject({
        statuses: [...new Set([entry.httpStatus, ...(entry.statuses ?? [])])].sort((x, y) => x - y),
        throttling: entry.throttling,
        aws: entry.aws,
      });
    }
  });

  it('types metadata literally', () => {
    expectTypeOf<(typeof errorInfo)[JssErrorCodeName]['httpStatus']>().toExtend<JssHttpStatus>();
    expectTypeOf<JssHttpStatus>().toExtend<number>();
    expectTypeOf<number>().not.toExtend<JssHttpStatus>();
    expectTypeOf<string>().not.toExtend<JssErrorCodeName>();
  });

  it('isJssErrorCode accepts exact wire codes only', () => {
    for (const entry of catalog.errors) {
      expect(isJssErrorCode(entry.code)).toBe(true);
      expect(isJssErrorCode(entry.code.toLowerCase())).toBe(false);
      for (const alias of entry.aliases ?? []) expect(isJssErrorCode(alias), alias).toBe(codes.has(alias));
    }
    expect(isJssErrorCode('toString')).toBe(false);
    expect(isJssErrorCode('__proto__')).toBe(false);
    expect(isJssErrorCode(404)).toBe(false);
    const value: unknown = jssErrorCodes[0];
    if (isJssErrorCode(value)) expectTypeOf(value).toEqualTypeOf<JssErrorCodeName>();
  });

  it('resolveJssErrorCode matches ignoring case and spaces, and through aliases', () => {
    expect(resolveJssErrorCode('NoSuchThing')).toBeUndefined();
    expect(resolveJssErrorCode('constructor')).toBeUndefined();
    for (const entry of catalog.errors) {
      expect(resolveJssErrorCode(entry.code.toLowerCase())).toBe(entry.code);
      expect(resolveJssErrorCode(` ${entry.code.toUpperCase()} `)).toBe(entry.code);
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
      errors: { code: string }[];
    };
    expect(json.errors.map((e) => e.code)).toEqual([...jssErrorCodes]);
    const schema = JSON.parse(readFileSync(require.resolve('@jss/error-codes/catalog/schema.json'), 'utf8')) as {
      title: string;
    };
    expect(schema.title).toBe('JSS error catalog');
  });
});
