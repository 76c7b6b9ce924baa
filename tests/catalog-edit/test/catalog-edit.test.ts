// A catalog edit that `generate` accepts leaves the packages' tests green: this copies the
// repository, adds a code with a variant to the copy's catalog, regenerates and rebuilds the copy,
// and runs the packages' per-code tests there. They loop over the catalog at run time, so the new
// code must show up in them by name, and pass.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CODE = 'CatalogEditProbe';
const VARIANT = 'secondMessage';

/** The entry appended to the copy's `errors:` list (the catalog's last section). */
const ENTRY = `
  - code: ${CODE}
    httpStatus: 409
    message: A code added by the catalog-edit test.
    messageSource: page
    text:
      en: The bucket {bucket} is in a state the catalog-edit test made up.
      zh:
        text: Bucket {bucket} 处于目录编辑测试虚构的状态。
        translates: "00000000"
    params:
      bucket:
        element: BucketName
        type: string
        description:
          en: Bucket the request addressed.
          zh:
            text: 请求所访问的 Bucket。
            translates: "00000000"
    fault: client
    retryable: false
    throttling: false
    aws: null
    sources: {}
    notes: Added by tests/catalog-edit to a copy of the catalog; never in the real one.
    variants:
      - id: ${VARIANT}
        message: A second message of the code added by the catalog-edit test.
        text:
          en: The bucket {bucket} is in a second made-up state.
          zh:
            text: Bucket {bucket} 处于第二种虚构的状态。
            translates: "00000000"
        sources: {}
        notes: The variant added with it.
`;

/** Per package, the test files that loop over every code (and variant) of the catalog. */
const PER_CODE_TESTS: Readonly<Record<string, readonly string[]>> = {
  'packages/error-codes': ['test/codes.test.ts'],
  'packages/errors': ['test/classes.test.ts', 'test/parse-jss-wire.test.ts', 'test/typed-codes.test.ts'],
  'packages/errors-i18n': ['test/bundles.test.ts', 'test/format.test.ts'],
  'packages/errors-server': ['test/conformance.test.ts'],
};
/** The packages to rebuild, each after those it imports; the chains run side by side. */
const BUILD_CHAINS: readonly (readonly string[])[] = [
  ['packages/errors', 'packages/errors-server'],
  ['packages/errors-i18n'],
];
const BUILT = ['packages/error-codes', ...BUILD_CHAINS.flat()];

let copy: string;

/** Runs a command to success (else throws with its output), without blocking: builds and test runs overlap. */
function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    // Decoded as a stream, so a character split between chunks stays whole.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0
        ? resolve(stdout)
        : reject(new Error(`${command} ${args.join(' ')} in ${cwd} exited ${status}\n${stdout}\n${stderr}`)),
    );
  });
}

/** The repository's files (tracked and new), its built generator, and links to its installed modules. */
async function copyRepository(target: string): Promise<void> {
  const files = (await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo)).split('\0');
  for (const file of files.filter((f) => f !== '' && existsSync(join(repo, f)))) {
    cpSync(join(repo, file), join(target, file), { recursive: false, verbatimSymlinks: true });
  }
  cpSync(join(repo, 'generators', 'dist'), join(target, 'generators', 'dist'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(target, 'node_modules'));
  // Each package's node_modules holds relative links (to its workspace siblings, into the root's
  // store): copied as links, they resolve inside the copy.
  for (const dir of [...BUILT, 'generators']) {
    cpSync(join(repo, dir, 'node_modules'), join(target, dir, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'jss-catalog-edit-'));
  await copyRepository(copy);
  const catalog = join(copy, 'catalog', 'errors.yaml');
  writeFileSync(catalog, `${readFileSync(catalog, 'utf8').trimEnd()}\n${ENTRY}`);
  const cli = join(copy, 'generators', 'dist', 'cli.js');
  // As an editor would: accept the new translations, then regenerate.
  await run(process.execPath, [cli, '--accept-translations'], copy);
  await run(process.execPath, [cli], copy);
  const tsup = (dir: string) => run(join(copy, 'node_modules', '.bin', 'tsup'), [], join(copy, dir));
  await tsup('packages/error-codes');
  await Promise.all(
    BUILD_CHAINS.map(async (chain) => {
      for (const dir of chain) await tsup(dir);
    }),
  );
}, 300_000);

afterAll(() => {
  if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
});

describe(`a copy of the catalog with ${CODE} and its variant ${VARIANT} added`, () => {
  it('generates the new code into every package of the copy, and leaves the real repository alone', async () => {
    const codes = await import(join(copy, 'packages', 'error-codes', 'dist', 'index.js'));
    expect(codes.errorInfo[CODE].variants[VARIANT]).toBe(
      'A second message of the code added by the catalog-edit test.',
    );
    expect(readFileSync(join(copy, 'packages', 'errors', 'src', 'generated', 'classes.ts'), 'utf8')).toContain(
      `class ${CODE}Error`,
    );
    expect(readFileSync(join(repo, 'catalog', 'errors.yaml'), 'utf8')).not.toContain(CODE);
  });

  for (const [dir, files] of Object.entries(PER_CODE_TESTS)) {
    // Concurrent: each is its own vitest process, and most of its time is start-up.
    it.concurrent(`${dir}: the per-code tests pass in the copy`, async () => {
      const report = join(copy, dir, 'vitest-report.json');
      await run(
        join(copy, 'node_modules', '.bin', 'vitest'),
        ['run', ...files, '--reporter=json', `--outputFile=${report}`],
        join(copy, dir),
      );
      const result = JSON.parse(readFileSync(report, 'utf8')) as {
        numFailedTests: number;
        numPassedTests: number;
        testResults: { assertionResults: { fullName: string; status: string }[] }[];
      };
      expect(result.numFailedTests).toBe(0);
      expect(result.numPassedTests).toBeGreaterThan(0);
      if (dir === 'packages/errors-server') {
        const names = result.testResults.flatMap((r) => r.assertionResults.map((a) => a.fullName));
        // The conformance suite names each case `<code> <variant> (HTTP <status>)`.
        expect(names.some((n) => new RegExp(`${CODE}\\W+${VARIANT}\\W+\\(HTTP`).test(n))).toBe(true);
      }
    });
  }
});
