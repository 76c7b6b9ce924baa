// A fixture git history: a small workspace shaped like this one (the real .changeset/config.json),
// a commit of one class of change and its diff, the CI gate, changesets written by the
// generator, and the real `changeset version` producing the versions.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseConfig } from '@changesets/config';
import { getPackagesSync } from '@manypkg/get-packages';
import { repoContext } from '../src/diff/side.js';
import { checkChangesets } from '../src/release/gate.js';
import { EDITS, olderFormat } from './diff-edits.js';
import { cliPath, readTiny, repoRoot, runCli, tempRoot } from './helpers.js';

// The repository's published packages: the fixed group of its real changesets config, as changesets reads it.
const PUBLISHED = parseConfig(
  JSON.parse(readFileSync(join(repoRoot, '.changeset', 'config.json'), 'utf8')),
  getPackagesSync(repoRoot),
).fixed[0]!;
const changesetBin = join(repoRoot, 'node_modules', '@changesets', 'cli', 'bin.js');

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@x', ...args], { cwd: repo, encoding: 'utf8' });
const catalogFile = () => join(repo, 'catalog', 'errors.yaml');
const commitEdit = (name: string, text: string) => {
  writeFileSync(catalogFile(), text);
  git('commit', '-qam', name);
};
const cli = (...args: string[]) => runCli([...args, '--root', repo], repo);
const versions = () =>
  Object.fromEntries(
    PUBLISHED.map((name) => {
      const manifest = JSON.parse(readFileSync(join(repo, 'packages', name.slice(5), 'package.json'), 'utf8'));
      return [name, manifest.version as string];
    }),
  );
const changesetFiles = () =>
  readdirSync(join(repo, '.changeset')).filter((n) => n.endsWith('.md') && n !== 'README.md');

function writePackage(dir: string, name: string, extra: object = {}) {
  mkdirSync(join(repo, dir), { recursive: true });
  writeFileSync(join(repo, dir, 'package.json'), `${JSON.stringify({ name, version: '0.1.0', ...extra }, null, 2)}\n`);
}

beforeAll(() => {
  repo = tempRoot('jss-history-');
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'package.json'), '{ "name": "fixture", "private": true }\n');
  writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages:\n  - generators\n  - packages/*\n  - tests/*\n');
  writeFileSync(join(repo, '.gitignore'), 'node_modules\n');
  for (const name of PUBLISHED) writePackage(`packages/${name.slice(5)}`, name);
  writePackage('generators', '@jss/generators', { private: true });
  writePackage('tests/consumers', '@jss/consumer-tests', { private: true });
  mkdirSync(join(repo, '.changeset'));
  writeFileSync(join(repo, '.changeset', 'config.json'), readFileSync(join(repoRoot, '.changeset', 'config.json')));
  // The changelog module the config names resolves from the fixture's node_modules.
  symlinkSync(join(repoRoot, 'node_modules'), join(repo, 'node_modules'));
  mkdirSync(join(repo, 'catalog'));
  writeFileSync(catalogFile(), readTiny());
  git('add', '-A');
  git('commit', '-qm', 'initial catalog');
});

describe('a base that is not a commit', () => {
  it('fails the gate, given by --base or by $JSS_CHANGESET_BASE', () => {
    git('checkout', '-q', '-b', 'bogus-base');
    commitEdit('a major change', EDITS.find((e) => e.name === 'placeholder renamed')!.edit(readTiny()));
    const typo = cli('check-changeset', '--base', 'origin/mian');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('the base origin/mian is not a commit of this clone');
    const unfetched = spawnSync(process.execPath, [cliPath, 'check-changeset', '--root', repo], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, JSS_CHANGESET_BASE: 'origin/release-1.x' },
    });
    expect(unfetched.status).toBe(1);
    expect(unfetched.stderr).toContain('the base origin/release-1.x is not a commit of this clone');
    git('checkout', '-q', 'main');
  });
});

describe('a commit of one class of change', () => {
  // diff-classes.test.ts classifies every class in process; through git and the CLI one class
  // shows the same path (the releases below run three more).
  it('the diff of the commit finds exactly its class, and the CI gate asks for its bump', () => {
    const edit = EDITS.find((e) => e.name === 'code added')!;
    git('checkout', '-q', '-b', 'classes');
    commitEdit(edit.name, edit.edit(readTiny()));
    const result = cli('diff', 'HEAD~1', 'HEAD', '--json');
    expect(result.status, result.stderr).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff.changes.map((c: { kind: string }) => c.kind).sort()).toEqual([...edit.kinds].sort());
    const gate = cli('check-changeset', '--base', 'HEAD~1');
    expect(gate.status, gate.stdout).toBe(1);
    expect(gate.stderr).toContain(`@jss/error-codes: needs ${diff.bump}, changesets give none`);
    git('checkout', '-q', 'main');
  });
});

describe('a base in an older catalog format', () => {
  it('the gate brings it up to today’s, as the diff does, and asks for the bump of what changed', () => {
    git('checkout', '-q', '-b', 'older-base', 'main');
    commitEdit('older format', olderFormat(readTiny()));
    commitEdit('status changed', EDITS.find((e) => e.name === 'status changed')!.edit(readTiny()));
    const result = checkChangesets({ ...repoContext({ root: repo }), base: 'HEAD~1' });
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^changeset check: 1 catalog change\(s\) since HEAD~1 \(\w+\) \(older format: 3 facts/),
        '  @jss/error-codes: needs major, changesets give none',
      ]),
    );
    expect(result.lines.join('\n')).not.toContain('choose its bump yourself');
    git('checkout', '-q', 'main');
  });
});

describe('releases follow from the changes', () => {
  // What does not depend on the bump (a too-small changeset fails; re-running `changeset`
  // replaces its file; main passes after the merge) is checked at one step, not at each.
  const steps = [
    { edit: 'notes', bump: 'patch', version: '0.1.1', once: false },
    { edit: 'alias added', bump: 'minor', version: '0.2.0', once: false },
    { edit: 'placeholder renamed', bump: 'major', version: '1.0.0', once: true },
  ] as const;

  it('on main itself the gate compares only uncommitted edits, and passes clean', () => {
    const gate = cli('check-changeset');
    expect(gate.status, gate.stderr).toBe(0);
    expect(gate.stdout).toContain('unchanged since HEAD');
  });

  for (const step of steps) {
    it(`${step.edit}: the gate fails, a written changeset passes it, changeset version gives ${step.version}`, () => {
      git('checkout', '-q', '-b', `release-${step.version}`);
      commitEdit(step.edit, EDITS.find((e) => e.name === step.edit)!.edit(readFileSync(catalogFile(), 'utf8')));
      expect(cli('check-changeset').status).toBe(1);

      // Too small a bump still fails, naming what is needed.
      if (step.once) {
        writeFileSync(join(repo, '.changeset', 'too-small.md'), '---\n"@jss/errors": patch\n---\n\nToo small.\n');
        const low = cli('check-changeset');
        expect(low.status).toBe(1);
        expect(low.stderr).toContain(`needs ${step.bump}, changesets give patch`);
        git('rm', '-q', '--cached', '--ignore-unmatch', '.changeset/too-small.md');
        spawnSync('rm', [join(repo, '.changeset', 'too-small.md')]);
      }

      const written = cli('changeset');
      expect(written.status, written.stderr).toBe(0);
      const [name] = changesetFiles();
      const content = readFileSync(join(repo, '.changeset', name!), 'utf8');
      // Each affected package with the bump its own changes need; the worst is the step's.
      expect(content).toMatch(/^---\n(?:"@jss\/[a-z0-9-]+": (?:major|minor|patch)\n)+---\n/);
      expect(content).toContain(`"@jss/error-codes": ${step.bump}`);
      if (step.once) {
        // Re-running replaces the file instead of adding a second one.
        expect(cli('changeset').status).toBe(0);
        expect(changesetFiles()).toEqual([name]);
      }
      expect(cli('check-changeset').status).toBe(0);

      git('add', '-A');
      git('commit', '-qm', `changeset for ${step.edit}`);
      const version = spawnSync(process.execPath, [changesetBin, 'version'], { cwd: repo, encoding: 'utf8' });
      expect(version.status, version.stderr).toBe(0);
      // The fixed group: every published package at the same version, private ones untouched.
      expect(versions()).toEqual(Object.fromEntries(PUBLISHED.map((n) => [n, step.version])));
      expect(JSON.parse(readFileSync(join(repo, 'generators', 'package.json'), 'utf8')).version).toBe('0.1.0');
      expect(readFileSync(join(repo, 'packages', 'error-codes', 'CHANGELOG.md'), 'utf8')).toContain('Catalog changes');
      expect(changesetFiles()).toEqual([]);
      git('add', '-A');
      git('commit', '-qm', `release ${step.version}`);
      // Merged: main moves to the release.
      git('checkout', '-q', 'main');
      git('merge', '-q', '--ff-only', `release-${step.version}`);
      if (step.once) expect(cli('check-changeset').status).toBe(0);
    });
  }
});

describe('a change to a published API', () => {
  // In process: the CLI path is the catalog gate's above; this is the report half of it.
  const gate = (base: string) => checkChangesets({ ...repoContext({ root: repo }), base });
  const report = (dir: string, text: string) => writeFileSync(join(repo, 'packages', dir, 'api-report.md'), text);

  it('fails until a changeset added since the base names each package whose API report changed', () => {
    git('checkout', '-q', '-b', 'api-change', 'main');
    report('errors-server', '# @jss/errors-server: public API\n\n### jssErrorHandler (function)\n');
    git('add', '-A');
    git('commit', '-qm', 'API report');
    const base = git('rev-parse', 'HEAD').trim();
    expect(gate(base)).toMatchObject({
      ok: true,
      lines: expect.arrayContaining([expect.stringContaining('no published API changed')]),
    });

    report('errors-server', '# @jss/errors-server: public API\n\n### jssErrorMiddleware (function)\n');
    report('errors-cli', '# @jss/errors-cli: public API\n'); // new since the base: nothing to compare
    const failed = gate(base);
    expect(failed.ok).toBe(false);
    expect(failed.lines).toContain('  @jss/errors-server (packages/errors-server/api-report.md)');
    expect(failed.lines.join('\n')).not.toContain('@jss/errors-cli');

    // Released through the fixed group, but not named: still refused.
    writeFileSync(join(repo, '.changeset', 'other.md'), '---\n"@jss/errors": major\n---\n\nOther.\n');
    expect(gate(base).ok).toBe(false);
    writeFileSync(join(repo, '.changeset', 'rename.md'), '---\n"@jss/errors-server": major\n---\n\nRenamed.\n');
    expect(gate(base)).toMatchObject({ ok: true });

    git('add', '-A');
    git('commit', '-qm', 'renamed, with its changeset');
    git('checkout', '-q', 'main');
  });
});
