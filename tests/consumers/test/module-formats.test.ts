import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  codeSubpaths,
  createScratchProject,
  dataSubpaths,
  importsOptionalPeer,
  publishedPackages,
  repoRoot,
  specifier,
  type Scratch,
} from './scratch.js';

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratchProject();
});

describe.each(publishedPackages())('$manifest.name from its tarball', (pkg) => {
  // A subpath that runs an optional peer (the scratch app installs none) is loaded by its package's own tests.
  const loadable = codeSubpaths(pkg).filter((subpath) => !importsOptionalPeer(pkg, subpath));
  it.each(loadable)('%s loads from ESM and CommonJS with the same exports', (subpath) => {
    const id = specifier(pkg, subpath);
    const esm = JSON.parse(
      scratch.node([
        '--input-type=module',
        '-e',
        `import * as m from ${JSON.stringify(id)}; console.log(JSON.stringify(Object.keys(m).filter((k) => k !== 'default').sort()))`,
      ]),
    ) as string[];
    const cjs = JSON.parse(
      scratch.node([
        '-e',
        `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(id)})).filter((k) => k !== 'default').sort()))`,
      ]),
    ) as string[];
    expect(esm.length).toBeGreaterThan(0);
    expect(cjs).toEqual(esm);
  });

  it('resolves every data file it exports', () => {
    for (const subpath of dataSubpaths(pkg)) {
      const path = scratch
        .node(['-e', `console.log(require.resolve(${JSON.stringify(specifier(pkg, subpath))}))`])
        .trim();
      expect(existsSync(path), subpath).toBe(true);
    }
  });
});

describe('the packages work together as a user would use them', () => {
  const program = `
    const { NoSuchBucketError, isJssError, parseJssErrorResponse, createJssError } = lib('@jss/errors');
    const { errorInfo, JssErrorCode } = lib('@jss/error-codes');
    const error = new NoSuchBucketError({ bucket: 'photos', requestId: 'R1' });
    const parsed = parseJssErrorResponse({ status: 404, body: '<Error><Code>NoSuchBucket</Code><Message>m</Message></Error>' });
    console.log(JSON.stringify({
      code: error.code,
      status: errorInfo[JssErrorCode.NoSuchBucket].httpStatus,
      guard: isJssError(parsed, 'NoSuchBucket'),
      instance: parsed instanceof NoSuchBucketError,
      created: createJssError('SlowDown').httpStatus,
    }));`;
  const expected = { code: 'NoSuchBucket', status: 404, guard: true, instance: true, created: 400 };

  it('from ESM', () => {
    const out = scratch.node([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module'; const ns = { '@jss/errors': await import('@jss/errors'), '@jss/error-codes': await import('@jss/error-codes') }; const lib = (n) => ns[n]; ${program}`,
    ]);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('from CommonJS', () => {
    expect(JSON.parse(scratch.node(['-e', `const lib = require; ${program}`]))).toEqual(expected);
  });

  it('an error made by the ESM build is recognised by the CommonJS build', () => {
    const out = scratch.node([
      '--input-type=module',
      '-e',
      `
      import { createRequire } from 'node:module';
      import { NoSuchKeyError } from '@jss/errors';
      const cjs = createRequire(import.meta.url)('@jss/errors');
      const e = new NoSuchKeyError();
      console.log(JSON.stringify([cjs.NoSuchKeyError !== NoSuchKeyError, cjs.isJssError(e, 'NoSuchKey'), e instanceof cjs.NoSuchKeyError, e instanceof cjs.SlowDownError]));`,
    ]);
    expect(JSON.parse(out)).toEqual([true, true, true, false]);
  });
});

describe('the jss-errors bin installed from the tarballs', () => {
  it('explains a code with the installed data packages', () => {
    const out = scratch.node(['node_modules/.bin/jss-errors', 'explain', 'nosuchbucket', '--lang', 'zh', '--json']);
    expect(JSON.parse(out)).toMatchObject({ code: 'NoSuchBucket', locale: 'zh', httpStatus: 404 });
  });
});

describe('the tarballs of a subset, as the root README says', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- tarball-dependencies:');
  const rows = readme
    .slice(start, readme.indexOf('\n\n', start))
    .split('\n')
    .map((line) => /^\| `(@jss\/[a-z0-9-]+)` \| (.+) \|$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => [m[1]!, m[2] === 'nothing' ? [] : [...m[2]!.matchAll(/`([^`]+)`/g)].map((d) => d[1]!)] as const);
  const table = new Map(rows);

  it('lists, for every package, the @jss packages it needs (its dependencies, transitively)', () => {
    const manifests = new Map(publishedPackages().map(({ manifest }) => [manifest.name, manifest]));
    const needs = (name: string): string[] =>
      Object.keys(manifests.get(name)?.dependencies ?? {})
        .filter((dep) => manifests.has(dep))
        .flatMap((dep) => [dep, ...needs(dep)]);
    const expected = [...manifests.keys()].map((name) => [name, [...new Set(needs(name))].sort()]);
    expect([...table].map(([name, deps]) => [name, [...deps].sort()]).sort()).toEqual(expected.sort());
  });

  it('@jss/errors and @jss/errors-i18n install from their tarballs with what the table names, and work', () => {
    const wanted = ['@jss/errors', '@jss/errors-i18n'];
    const names = new Set(wanted.flatMap((name) => [name, ...(table.get(name) ?? [])]));
    const dir = join(scratch.dir, '..', 'subset');
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'subset-app', version: '1.0.0', private: true }));
    const tarballs = [...names].map((name) => scratch.tarballs.get(name)!);
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], {
      cwd: dir,
      encoding: 'utf8',
    });
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `const { NoSuchBucketError } = require('@jss/errors');
         const { formatJssError, registerJssMessages } = require('@jss/errors-i18n');
         registerJssMessages(require('@jss/errors-i18n/locales/zh'));
         console.log(formatJssError(new NoSuchBucketError({ bucket: 'photos' }), { locale: 'zh' }));`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(out).toContain('photos');
    expect(readdirSync(join(dir, 'node_modules', '@jss')).sort()).toEqual(
      [...names].map((n) => n.slice('@jss/'.length)).sort(),
    );
  });
});
