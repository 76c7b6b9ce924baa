import { spawnSync } from 'node:child_process';
import { type Dirent, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir: string = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot: string = resolve(packageDir, '..', '..');
export const fixturesDir: string = join(packageDir, 'test', 'fixtures');

/** The four documents as a consumer resolves them: through the package's `exports`. */
export const DOCUMENTS = ['openapi.yaml', 'openapi.json', 'openapi-3.0.yaml', 'openapi-3.0.json'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];
/**
 * One document per OpenAPI version, for the slow tools (lint, validator): the generator writes each
 * YAML and JSON from one object, and documents.test.ts shows each YAML equals its JSON.
 */
export const ONE_PER_VERSION: readonly DocumentName[] = ['openapi.yaml', 'openapi-3.0.yaml'];

const require = createRequire(import.meta.url);
export function documentPath(name: DocumentName): string {
  return require.resolve(`@jss/errors-openapi/${name}`);
}

export function tempDir(prefix = 'jss-openapi-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program; the tools' update checks and telemetry stay off (no network in tests). */
export function run(command: string, args: readonly string[], cwd: string): RunResult {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A dev tool installed in this package, by its bin name. */
export function bin(name: string): string {
  return join(packageDir, 'node_modules', '.bin', name);
}

export function readFixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

/** Every file under `dir`, as sorted `/`-separated relative paths. */
export function listFiles(dir: string, base = ''): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(dir, base), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, posix.join(base, e.name)) : [posix.join(base, e.name)]))
    .sort();
}

/** 1-based `line:column` of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): string {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`text does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}
