import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const pnpm = join(repoRoot, 'node_modules', '.bin', 'pnpm');

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports: Record<string, unknown>;
  typesVersions?: Record<string, Record<string, string[]>>;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface PublishedPackage {
  readonly dir: string;
  readonly manifest: Manifest;
}

/** Every package under packages/ that is published. */
export function publishedPackages(): PublishedPackage[] {
  const root = join(repoRoot, 'packages');
  return readdirSync(root)
    .map((name) => join(root, name))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }))
    .filter((p) => !p.manifest.private)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

export interface Scratch {
  readonly dir: string;
  readonly tarballs: ReadonlyMap<string, string>;
  /** Runs node in the scratch project; returns stdout, throws with stderr on failure. */
  node(args: string[]): string;
}

const scratchFolders: string[] = [];
// Vitest evaluates this module once per test file: each file's projects go when it ends.
afterAll(() => {
  for (const dir of scratchFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Packs each package as it would be published (`pnpm pack` rewrites `workspace:*`), then
 * installs the tarballs, and only them, into an empty project with npm: their third-party
 * dependencies (the CLI's signer) come from npm's cache, else the registry.
 */
export function createScratchProject(): Scratch {
  const work = mkdtempSync(join(tmpdir(), 'jss-consumer-'));
  scratchFolders.push(work);
  const packs = join(work, 'tarballs');
  mkdirSync(packs);
  const tarballs = new Map<string, string>();
  for (const { dir, manifest } of publishedPackages()) {
    const out = execFileSync(pnpm, ['pack', '--pack-destination', packs], { cwd: dir, encoding: 'utf8' });
    const tarball = out
      .trim()
      .split('\n')
      .filter((l) => l.endsWith('.tgz'))
      .at(-1)!;
    tarballs.set(manifest.name, resolve(dir, tarball));
  }
  const dir = join(work, 'app');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'scratch-app', version: '1.0.0', private: true }, null, 2),
  );
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs.values()],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  return {
    dir,
    tarballs,
    node(args) {
      const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr}`);
      return result.stdout;
    },
  };
}

/**
 * Every subpath a package exports, patterns (`./locales/*`) expanded to the files the package
 * holds, as `./…` keys.
 */
export function exportedSubpaths({ dir, manifest }: PublishedPackage): string[] {
  return Object.entries(manifest.exports).flatMap(([key, target]) => {
    if (!key.includes('*')) return [key];
    const pattern = firstTarget(target).replace(/^\.\//, '');
    const [before, after] = pattern.split('*') as [string, string];
    return listFiles(dir)
      .filter((file) => file.startsWith(before) && file.endsWith(after) && file.length > before.length + after.length)
      .map((file) => key.replace('*', file.slice(before.length, file.length - after.length)));
  });
}

/** The exported subpaths that are code (not JSON, YAML or package.json). */
export function codeSubpaths(pkg: PublishedPackage): string[] {
  return exportedSubpaths(pkg).filter((key) => key !== './package.json' && !/\.(json|ya?ml)$/.test(key));
}

/** The exported subpaths that are data files. */
export function dataSubpaths(pkg: PublishedPackage): string[] {
  return exportedSubpaths(pkg).filter((key) => /\.(json|ya?ml)$/.test(key));
}

/** The exported subpaths TypeScript can type: code and JSON (YAML has no types, for any resolution). */
export function typedSubpaths(pkg: PublishedPackage): string[] {
  return exportedSubpaths(pkg).filter((key) => !/\.ya?ml$/.test(key));
}

/**
 * The `typesVersions` a package needs, derived from its `exports`: TypeScript's `node10`
 * resolution (`module: commonjs`) ignores `exports` and finds a subpath's types only through
 * `typesVersions`. Every typed subpath but the root (found through `types`) maps to what a
 * `require` of it gets: the CommonJS declarations, or the data file. Patterns keep their order:
 * on a tie TypeScript takes the first, so `locales/*.json` stays before `locales/*`.
 */
export function expectedTypesVersions({ manifest }: PublishedPackage): Manifest['typesVersions'] {
  const paths = Object.entries(manifest.exports)
    .filter(([key]) => key !== '.' && key !== './package.json' && !/\.ya?ml$/.test(key))
    .map(([key, target]) => [
      key.slice(2),
      [typeof target === 'string' ? target : (target as { require: { types: string } }).require.types],
    ]);
  return paths.length === 0 ? undefined : { '*': Object.fromEntries(paths) };
}

/**
 * Subpaths that need an optional peer, which the scratch app does not install: named after one
 * (`./express`: its types need that framework's), or whose module imports one.
 */
export function needsOptionalPeer(pkg: PublishedPackage, subpath: string): boolean {
  return optionalPeers(pkg).includes(subpath.slice(2)) || importsOptionalPeer(pkg, subpath);
}

/** Whether a subpath's ES module imports an optional peer when loaded (`@jss/errors-testing/aws-sdk` runs the SDK). */
export function importsOptionalPeer(pkg: PublishedPackage, subpath: string): boolean {
  const target = (pkg.manifest.exports[subpath] as { import?: { default?: string } } | undefined)?.import?.default;
  if (target === undefined) return false;
  const code = readFileSync(join(pkg.dir, target), 'utf8');
  return optionalPeers(pkg).some((peer) => code.includes(`from "${peer}"`) || code.includes(`from '${peer}'`));
}

function optionalPeers({ manifest }: PublishedPackage): string[] {
  return Object.entries(manifest.peerDependenciesMeta ?? {})
    .filter(([, meta]) => meta.optional)
    .map(([name]) => name);
}

function firstTarget(target: unknown): string {
  if (typeof target === 'string') return target;
  const values = Object.values(target as Record<string, unknown>);
  return firstTarget(values.find((v) => typeof v === 'string' || (typeof v === 'object' && v !== null)));
}

function listFiles(root: string, base = ''): string[] {
  return readdirSync(join(root, base), { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules') return [];
    const rel = base ? `${base}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(root, rel) : [rel];
  });
}

export function specifier({ manifest }: PublishedPackage, subpath: string): string {
  return subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
}
