import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const pnpm = join(repoRoot, 'node_modules', '.bin', 'pnpm');

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports: Record<string, unknown>;
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

/**
 * Packs each package as it would be published (`pnpm pack` rewrites `workspace:*`), then
 * installs the tarballs, and only them, into an empty project with npm, offline.
 */
export function createScratchProject(): Scratch {
  const work = mkdtempSync(join(tmpdir(), 'jss-consumer-'));
  const packs = join(work, 'tarballs');
  mkdirSync(packs);
  const tarballs = new Map<string, string>();
  for (const { dir, manifest } of publishedPackages()) {
    const out = execFileSync(pnpm, ['pack', '--pack-destination', packs], { cwd: dir, encoding: 'utf8' });
    const tarball = out.trim().split('\n').filter((l) => l.endsWith('.tgz')).at(-1)!;
    tarballs.set(manifest.name, resolve(dir, tarball));
  }
  const dir = join(work, 'app');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch-app', version: '1.0.0', private: true }, null, 2));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs.values()], { cwd: dir, encoding: 'utf8' });
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

/** The subpaths a package exports that are code (not JSON, YAML or package.json). */
export function codeSubpaths(manifest: Manifest): string[] {
  return Object.keys(manifest.exports).filter((key) => key !== './package.json' && !/\.(json|ya?ml)$/.test(key));
}

export function specifier(manifest: Manifest, subpath: string): string {
  return subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
}
