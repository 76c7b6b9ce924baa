import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  codeSubpaths,
  createScratchProject,
  expectedTypesVersions,
  publishedPackages,
  repoRoot,
  type Scratch,
  typedSubpaths,
} from './scratch.js';

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratchProject();
});

describe.each(publishedPackages())('$manifest.name as published', (pkg) => {
  const { dir, manifest } = pkg;
  it('passes publint with no errors or warnings', async () => {
    const { messages } = await publint({ pkgDir: dir, level: 'warning', strict: true });
    expect(messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`)).toEqual([]);
  });

  // A bin-only package (@jss/errors-cli) exports no code, so it has no types to check: it must
  // then at least be a command.
  if (codeSubpaths(pkg).length === 0) {
    it('exports no code, so it is a command (a bin) and nothing else', () => {
      expect(Object.keys(manifest.bin ?? {})).not.toEqual([]);
    });
    return;
  }
  it('has typesVersions that mirror its exports, for moduleResolution node10', () => {
    expect(manifest.typesVersions, 'package.json "typesVersions" should be').toEqual(expectedTypesVersions(pkg));
  });

  // attw's default (strict) profile: node10, node16 from CJS and from ESM, bundler; no rule ignored.
  // Every exported subpath but the YAML files, which no resolution can type.
  it('has types for every subpath under every module resolution (are the types wrong?)', () => {
    const attw = join(repoRoot, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    const tarball = scratch.tarballs.get(manifest.name)!;
    const result = spawnSync(
      process.execPath,
      [attw, tarball, '--format', 'ascii', '--entrypoints', ...typedSubpaths(pkg)],
      { encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).not.toMatch(/❌|Error/);
    expect(result.status).toBe(0);
  });
});
