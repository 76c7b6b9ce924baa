import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileErrors, validate } from '@readme/openapi-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bin, fixturesDir, packageDir, repoRoot, run, tempDir } from './helpers.js';

/** A consumer's code over the generated types: what must compile, and what must not. */
const USE_TYPES = `import type { components, operations } from './types.js';

type XmlError = components['schemas']['JssErrorXml'];
export const body: XmlError = { Code: 'NoSuchBucket', Message: 'The specified bucket does not exist.', RequestId: '4442587FB7D0A2F9' };
// @ts-expect-error: not a JSS code; the code enum is a closed union
export const misspelled: XmlError = { Code: 'NoSuchBuckett', Message: '' };

type GetObject404 = operations['GetObject']['responses'][404]['content']['application/json'];
export const notFound: GetObject404 = { Code: 'NoSuchKey', Message: 'The specified key does not exist.' };

// JSS's non-standard 567 is a response key like any other.
type Callback = operations['PutObject']['responses'][567]['content']['application/xml'];
export const callback: Callback = { Code: 'InvalidCallback', Message: 'upload success but callback failed' };

type HeadHeaders = operations['HeadObject']['responses'][404]['headers'];
export const head: HeadHeaders = { 'x-amz-request-id': '4442587FB7D0A2F9', 'x-amz-id-2': 'eftixk72aD6Ap51TnqcoF8eFidJG9Z' };
type HeadBody = NonNullable<operations['HeadObject']['responses'][404]['content']>;
// @ts-expect-error: a HEAD error has no body
export const headBody: HeadBody = {};
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    skipLibCheck: false,
    types: [],
  },
  files: ['types.ts', 'use.ts'],
};

/**
 * A sample S3-style API description `$ref`s responses from the INSTALLED package (packed by pnpm,
 * unpacked into node_modules as npm would), bundles with redocly, validates, and generates types
 * with openapi-typescript that compile.
 */
describe('a sample API that references the installed package', () => {
  const api = join(tempDir('jss-openapi-sample-'), 'api');
  const bundled = join(api, 'bundled.yaml');

  const packDir = tempDir('jss-openapi-pack-');
  afterAll(() => {
    for (const dir of [packDir, dirname(api)]) rmSync(dir, { recursive: true, force: true });
  });

  beforeAll(() => {
    const packed = run(
      join(repoRoot, 'node_modules', '.bin', 'pnpm'),
      ['pack', '--pack-destination', packDir],
      packageDir,
    );
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
    expect(run('tar', ['-xzf', tarball], packDir).status).toBe(0);
    mkdirSync(join(api, 'node_modules', '@jss'), { recursive: true });
    renameSync(join(packDir, 'package'), join(api, 'node_modules', '@jss', 'errors-openapi'));
    cpSync(join(fixturesDir, 's3-api.yaml'), join(api, 's3-api.yaml'));
  });

  it('the package ships the documents it exports', () => {
    const installed = join(api, 'node_modules', '@jss', 'errors-openapi');
    expect(readdirSync(join(installed, 'openapi')).sort()).toEqual([
      'openapi-3.0.json',
      'openapi-3.0.yaml',
      'openapi.json',
      'openapi.yaml',
    ]);
    expect(readFileSync(join(installed, 'openapi', 'openapi.yaml'), 'utf8')).toBe(
      readFileSync(join(packageDir, 'openapi', 'openapi.yaml'), 'utf8'),
    );
  });

  it('bundles with redocly into one self-contained file', () => {
    const out = run(bin('redocly'), ['bundle', 's3-api.yaml', '-o', 'bundled.yaml'], api);
    expect(out.status, out.stderr).toBe(0);
    const text = readFileSync(bundled, 'utf8');
    expect(text).not.toContain('node_modules');
    const doc = parse(text) as {
      components: { responses: Record<string, unknown> };
      paths: Record<string, Record<string, { responses: Record<string, { $ref: string }> }>>;
    };
    expect(doc.paths['/{bucket}/{key}']!.get!.responses['404']!.$ref).toBe('#/components/responses/Status404');
    expect(doc.paths['/{bucket}/{key}']!.put!.responses['567']!.$ref).toBe('#/components/responses/InvalidCallback');
    expect(Object.keys(doc.components.responses).sort()).toEqual(
      [
        'InternalError',
        'InvalidCallback',
        'InvalidRange',
        'NoSuchBucket',
        'Status400',
        'Status403',
        'Status403NoBody',
        'Status404',
        'Status404NoBody',
        'Status409',
      ].sort(),
    );
  });

  it('the bundle validates', async () => {
    const result = await validate(bundled);
    expect(result.valid ? '' : compileErrors(result)).toBe('');
  });

  it('the bundle lints with the recommended rules but for the XML example false positive', () => {
    const out = run(
      bin('redocly'),
      ['lint', 'bundled.yaml', '--extends', 'recommended', '--format', 'json', '--max-problems', '10000'],
      api,
    );
    const { problems } = JSON.parse(out.stdout) as { problems: { ruleId: string; location: { pointer: string }[] }[] };
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.ruleId).toBe('no-invalid-media-type-examples');
      expect(p.location[0]!.pointer).toMatch(/^#\/components\/examples\/[^/]+\.xml\/value$/);
    }
  });

  it('openapi-typescript generates types from the bundle that compile', async () => {
    const types = astToString(await openapiTS(pathToFileURL(bundled)));
    writeFileSync(join(api, 'types.ts'), types);
    writeFileSync(join(api, 'use.ts'), USE_TYPES);
    writeFileSync(join(api, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    expect(types).toContain('"InvalidCallback"');
    const tsc = run(bin('tsc'), ['-p', 'tsconfig.json'], api);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('and tsc fails on code that breaks the types, so a pass means something', () => {
    writeFileSync(join(api, 'use.ts'), `${USE_TYPES}\nexport const wrong: XmlError = { Code: 'NoSuchBucket' };\n`);
    const tsc = run(bin('tsc'), ['-p', 'tsconfig.json'], api);
    expect(tsc.status).not.toBe(0);
    expect(tsc.stdout).toContain("Property 'Message' is missing");
  });
});
