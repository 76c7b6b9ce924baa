import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { readTiny, repoRoot, rootWithCatalog } from './helpers.js';

/**
 * The real catalog deprecates and retires nothing, so the built packages cannot show what the
 * runtime does with a retired or deprecated code. Here the fixture (which has each form) is
 * generated into a temporary root beside copies of the hand-written sources of @jss/error-codes
 * and @jss/errors; nothing is built, and the modules are imported from that root, the
 * package name `@jss/error-codes` resolving to the copy. Expectations come from the fixture.
 */
interface Texts {
  readonly en: string;
}
interface Deprecation {
  readonly since: string;
  readonly replacement?: string;
  readonly reason: Texts;
}
interface FixtureCatalog {
  readonly errors: readonly {
    code: string;
    message: string;
    deprecated?: Deprecation;
    variants?: { id: string; message: string; deprecated?: Deprecation }[];
  }[];
  readonly retired: readonly (Deprecation & {
    code: string;
    httpStatus: number;
    message: string;
    aliases?: string[];
  })[];
}

const tiny = readTiny();
const fixture = parse(tiny) as FixtureCatalog;

type ErrorsModule = typeof import('../../packages/errors/src/index.js');
type CodesModule = typeof import('../../packages/error-codes/src/index.js');
let errors: ErrorsModule;
let codes: CodesModule;

beforeAll(async () => {
  const { root, catalog } = rootWithCatalog(tiny);
  for (const pkg of ['error-codes', 'errors']) {
    cpSync(join(repoRoot, 'packages', pkg, 'src'), join(root, 'packages', pkg, 'src'), {
      recursive: true,
      filter: (path) => !path.includes('/generated'),
    });
  }
  generate({ catalog, out: root });
  // The package by name, as @jss/errors imports it, is the copy's sources.
  const codesDir = join(root, 'packages', 'error-codes');
  writeFileSync(
    join(codesDir, 'package.json'),
    JSON.stringify({ name: '@jss/error-codes', type: 'module', exports: './src/index.ts' }),
  );
  mkdirSync(join(root, 'node_modules', '@jss'), { recursive: true });
  symlinkSync(codesDir, join(root, 'node_modules', '@jss', 'error-codes'), 'dir');
  codes = (await import(join(codesDir, 'src', 'index.ts'))) as CodesModule;
  errors = (await import(join(root, 'packages', 'errors', 'src', 'index.ts'))) as ErrorsModule;
}, 60_000);

const xmlBody = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>r-1</RequestId></Error>`;

const expected = (d: Deprecation) => ({
  since: d.since,
  ...(d.replacement === undefined ? {} : { replacement: d.replacement }),
  reason: d.reason.en,
});

describe('a retired code at run time', () => {
  it('the fixture has one, with an alias, so every check below runs', () => {
    expect(fixture.retired.some((r) => (r.aliases ?? []).length > 0)).toBe(true);
  });

  it('is gone from the enum, the union table and the classes', () => {
    for (const r of fixture.retired) {
      expect(Object.values(codes.JssErrorCode)).not.toContain(r.code);
      expect(Object.hasOwn(codes.errorInfo, r.code)).toBe(false);
      expect(Object.hasOwn(errors.errorClasses, r.code)).toBe(false);
      expect(codes.resolveJssErrorCode(r.code)).toBeUndefined();
    }
  });

  it('is recognised by its code and aliases, in any case', () => {
    for (const r of fixture.retired) {
      for (const name of [r.code, ...(r.aliases ?? [])]) {
        for (const spelling of [name, name.toLowerCase(), name.toUpperCase(), ` ${name} `]) {
          expect(codes.resolveRetiredJssErrorCode(spelling)).toBe(r.code);
        }
      }
    }
  });

  it('parses as an UnknownJssError that says it is retired, since when, why and what replaced it', () => {
    for (const r of fixture.retired) {
      for (const received of [r.code.toLowerCase(), ...(r.aliases ?? [])]) {
        const error = errors.parseJssErrorResponse({ status: r.httpStatus, body: xmlBody(received, 'As sent.') });
        expect(error).toBeInstanceOf(errors.UnknownJssError);
        const unknown = error as InstanceType<ErrorsModule['UnknownJssError']>;
        // What was received is kept as received.
        expect(unknown.code).toBe(received);
        expect(unknown.message).toBe('As sent.');
        expect(unknown.requestId).toBe('r-1');
        expect(unknown.retired).toEqual({ code: r.code, ...expected(r) });
        expect(unknown.toJSON().retired).toEqual(unknown.retired);
        expect(JSON.parse(JSON.stringify(unknown)).retired).toEqual({ code: r.code, ...expected(r) });
      }
    }
  });

  it("made by code, it takes the retired code's status and wire message", () => {
    for (const r of fixture.retired) {
      const error = errors.createJssError(r.code) as InstanceType<ErrorsModule['UnknownJssError']>;
      expect(error).toBeInstanceOf(errors.UnknownJssError);
      expect(error.httpStatus).toBe(r.httpStatus);
      expect(error.message).toBe(r.message);
      expect(error.retired?.code).toBe(r.code);
    }
  });

  it('a code never in the catalog is unknown and not retired', () => {
    const error = errors.parseJssErrorResponse({ status: 400, body: xmlBody('NeverHeardOf', 'x') });
    expect(error).toBeInstanceOf(errors.UnknownJssError);
    expect((error as InstanceType<ErrorsModule['UnknownJssError']>).retired).toBeUndefined();
    expect('retired' in error.toJSON()).toBe(false);
  });
});

describe('a deprecated code or variant at run time', () => {
  const deprecatedCodes = fixture.errors.filter((e) => e.deprecated);
  const deprecatedVariants = fixture.errors.flatMap((e) =>
    (e.variants ?? []).filter((v) => v.deprecated).map((v) => ({ error: e, variant: v })),
  );

  it('the fixture has both forms', () => {
    expect(deprecatedCodes.length).toBeGreaterThan(0);
    expect(deprecatedVariants.length).toBeGreaterThan(0);
  });

  it('still parses to its own class, and errorInfo says it is deprecated', () => {
    for (const e of deprecatedCodes) {
      const info = codes.errorInfo[e.code as keyof typeof codes.errorInfo];
      const error = errors.parseJssErrorResponse({ status: info.httpStatus, body: xmlBody(e.code, e.message) });
      expect(error).toBeInstanceOf(errors.errorClasses[e.code as keyof typeof errors.errorClasses]);
      expect(error.code).toBe(e.code);
      expect((info as { deprecated?: unknown }).deprecated).toEqual(expected(e.deprecated!));
    }
  });

  it('a deprecated variant is still told apart, and errorInfo lists it', () => {
    for (const { error: e, variant: v } of deprecatedVariants) {
      const info = codes.errorInfo[e.code as keyof typeof codes.errorInfo];
      const error = errors.parseJssErrorResponse({ status: info.httpStatus, body: xmlBody(e.code, v.message) });
      expect(error.variant).toBe(v.id);
      const listed = (info as { deprecatedVariants?: Record<string, unknown> }).deprecatedVariants;
      expect(listed?.[v.id]).toEqual(expected(v.deprecated!));
    }
  });

  it('a code that is not deprecated says nothing about it', () => {
    for (const e of fixture.errors.filter((x) => !x.deprecated)) {
      expect('deprecated' in codes.errorInfo[e.code as keyof typeof codes.errorInfo]).toBe(false);
    }
  });
});
