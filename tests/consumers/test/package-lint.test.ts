import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeSubpaths, createScratchProject, publishedPackages, repoRoot, type Scratch } from './scratch.js';

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
  it('has types that resolve the same for every module resolution (are the types wrong?)', () => {
    const attw = join(repoRoot, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    const entrypoints = codeSubpaths(pkg);
    const result = spawnSync(
      process.execPath,
      [
        attw,
        scratch.tarballs.get(manifest.name)!,
        '--format',
        'ascii',
        '--profile',
        'node16',
        '--entrypoints',
        ...entrypoints,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).not.toMatch(/❌|Error/);
    expect(result.status).toBe(0);
  });
});
