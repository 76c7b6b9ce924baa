import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  codeSubpaths,
  createScratchProject,
  dataSubpaths,
  needsOptionalPeer,
  publishedPackages,
  repoRoot,
  specifier,
  type Scratch,
} from './scratch.js';

const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

/** Uses real types: each `@ts-expect-error` fails the compile if the types were `any`. */
const usage = `
import { NoSuchBucketError, createJssError, isJssError, parseJssErrorResponse, type JssError } from '@jss/errors';
import { errorInfo, JssErrorCode, type JssErrorCodeName } from '@jss/error-codes';
const error = new NoSuchBucketError({ bucket: 'photos' });
export const status: 404 = errorInfo[JssErrorCode.NoSuchBucket].httpStatus;
export const code: 'NoSuchBucket' = error.code;
export const bucket: string | undefined = error.bucket;
const parsed: JssError<string> = parseJssErrorResponse({ status: 404 });
if (isJssError(parsed, 'BucketNotEmpty')) {
  const variant: string | undefined = parsed.variant;
  void variant;
}
export const made = createJssError('BucketNotEmpty', { variant: 'acl' });
// @ts-expect-error: not a JSS code
export const wrong: JssErrorCodeName = 'NoSuchThing';
// @ts-expect-error: NoSuchBucket has no key placeholder
new NoSuchBucketError({ key: 'k' });
// @ts-expect-error: BucketNotEmpty has no such variant
createJssError('BucketNotEmpty', { variant: 'nope' });
`;

/**
 * Every code subpath of every package, and with `json` every JSON file it exports. Adapters for
 * optional peers (`@jss/errors-server/express`) are left out: their types refer to the
 * framework's, which a consumer of them has installed; @jss/errors-server's own tests typecheck
 * them against the real frameworks, and attw (package-lint.test.ts) resolves their types.
 */
function importsOfEveryPackage({ json = false } = {}): string {
  return publishedPackages()
    .flatMap((pkg) => [
      ...codeSubpaths(pkg)
        .filter((subpath) => !needsOptionalPeer(pkg, subpath))
        .map((subpath) => specifier(pkg, subpath)),
      ...(json ? dataSubpaths(pkg).filter((subpath) => subpath.endsWith('.json')) : []).map((subpath) =>
        specifier(pkg, subpath),
      ),
    ])
    .map((id, i) => `import * as m${i} from '${id}';\nexport const keys${i} = Object.keys(m${i});`)
    .join('\n');
}

function compile(scratch: Scratch, name: string, options: Record<string, unknown>, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) writeFileSync(join(scratch.dir, file), text);
  // A server-side consumer has Node's types (for the `node` adapter) and the DOM's Fetch types.
  const typeRoots = [join(repoRoot, 'node_modules', '@types')];
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      lib: ['ES2022', 'DOM'],
      typeRoots,
      types: ['node'],
      ...options,
    },
    files: Object.keys(files),
  };
  writeFileSync(join(scratch.dir, `${name}.json`), JSON.stringify(config, null, 2));
  return spawnSync(process.execPath, [tsc, '-p', `${name}.json`], { cwd: scratch.dir, encoding: 'utf8' });
}

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratchProject();
});

describe('TypeScript consumers compile against the published types', () => {
  it('moduleResolution node16, from an ES module and from a CommonJS module', () => {
    const result = compile(
      scratch,
      'tsconfig.node16',
      { module: 'node16', moduleResolution: 'node16' },
      {
        'use-esm.mts': `${usage}\n${importsOfEveryPackage()}`,
        'use-cjs.cts': `${usage}\n${importsOfEveryPackage()}`,
      },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  // `module: commonjs` (NestJS's default, many older projects): TypeScript ignores `exports` and
  // finds subpaths through `typesVersions`.
  it('moduleResolution node10, module commonjs', () => {
    const result = compile(
      scratch,
      'tsconfig.node10',
      { module: 'commonjs', moduleResolution: 'node10', resolveJsonModule: true, esModuleInterop: true },
      {
        'use-node10.ts': `${usage}\n${importsOfEveryPackage({ json: true })}`,
      },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('moduleResolution bundler', () => {
    const result = compile(
      scratch,
      'tsconfig.bundler',
      { module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true },
      {
        'use-bundler.ts': `${usage}\n${importsOfEveryPackage({ json: true })}`,
      },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('a type error in a consumer is reported (the check is not vacuous)', () => {
    const result = compile(
      scratch,
      'tsconfig.broken',
      { module: 'esnext', moduleResolution: 'bundler' },
      {
        'broken.ts': `import { NoSuchBucketError } from '@jss/errors';\nexport const n: number = new NoSuchBucketError().code;\n`,
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain("Type 'string' is not assignable to type 'number'");
  });
});
