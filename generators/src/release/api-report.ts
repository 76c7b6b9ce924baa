import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type Node, Project, ts } from 'ts-morph';
import { publishedPackages, REPORT_FILE } from './plan.js';

export const API_REPORT_USAGE = `Usage: pnpm api-report [--check] [--root <dir>]

  Writes packages/<pkg>/api-report.md for every published package: each entry point of its
  package.json "exports", read back from the built declarations (run \`pnpm build\` first).
  --check   write nothing; exit 1 with the diff when a report is stale (CI)
`;

/** The subpath of every typed entry point, with its declaration file; the other exports, as files. */
function entryPoints(dir: string, exportsField: unknown) {
  const typed: { subpath: string; types: string }[] = [];
  const files: string[] = [];
  const exportsMap = typeof exportsField === 'object' && exportsField ? exportsField : { '.': exportsField };
  for (const [subpath, target] of Object.entries(exportsMap)) {
    const types = firstTypes(target);
    if (types === undefined) files.push(subpath);
    // A pattern export (`./locales/*`) is as many entry points as built files match it.
    else if (subpath.includes('*')) {
      // (Within one folder: the patterns here never span one.)
      const [before, after] = types.split('*') as [string, string];
      const prefix = before.slice(dirname(`${before}x`).length + 1);
      for (const file of readdirSync(join(dir, dirname(`${before}x`))).sort()) {
        if (!file.startsWith(prefix) || !file.endsWith(after) || file.length < prefix.length + after.length) continue;
        const matched = file.slice(prefix.length, file.length - after.length);
        typed.push({ subpath: subpath.replace('*', matched), types: types.replace('*', matched) });
      }
    } else typed.push({ subpath, types });
  }
  return { typed, files };
}

/**
 * The declarations of the first condition that has them: `import` comes before `require` in
 * every package here, and the `.d.cts` files are the same declarations for CommonJS.
 */
function firstTypes(target: unknown): string | undefined {
  if (typeof target !== 'object' || target === null) return undefined;
  for (const [condition, value] of Object.entries(target)) {
    const found = condition === 'types' && typeof value === 'string' ? value : firstTypes(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

const KINDS: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.ClassDeclaration]: 'class',
  [ts.SyntaxKind.FunctionDeclaration]: 'function',
  [ts.SyntaxKind.InterfaceDeclaration]: 'interface',
  [ts.SyntaxKind.TypeAliasDeclaration]: 'type',
  [ts.SyntaxKind.EnumDeclaration]: 'enum',
  [ts.SyntaxKind.ModuleDeclaration]: 'namespace',
  [ts.SyntaxKind.VariableDeclaration]: 'const',
};

// Comments are documentation, not API: a reworded JSDoc must not look like a change of surface.
const printer = ts.createPrinter({ removeComments: true });

/** One declaration as the report prints it: without `export`/`declare` and comments. */
function printed(node: Node): { kind: string; text: string } {
  const print = (n: Node) => printer.printNode(ts.EmitHint.Unspecified, n.compilerNode, n.getSourceFile().compilerNode);
  const kind = KINDS[node.getKind()] ?? node.getKindName();
  if (kind === 'const') {
    const statement = node.getParentOrThrow().getParentOrThrow();
    const keyword = statement.getText().match(/\b(const|let|var)\b/)?.[1] ?? 'const';
    return { kind: keyword, text: `${keyword} ${print(node)};` };
  }
  return { kind, text: print(node).replace(/^(export\s+)?(default\s+)?(declare\s+)?/, '') };
}

/** The report of one package directory: its built declarations, entry point by entry point. */
export function apiReport(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const { typed, files } = entryPoints(dir, pkg.exports);
  const project = new Project({
    // No lib and no @types: the report prints declarations, it does not check them.
    compilerOptions: {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noLib: true,
      types: [],
    },
    skipAddingFilesFromTsConfig: true,
  });
  const lines = [
    `# ${pkg.name}: public API`,
    '',
    '<!-- Written by `pnpm api-report` from the built declarations of the entry points in package.json',
    '     "exports". Do not edit: a change here is a change to what users see; it needs a changeset. -->',
  ];
  for (const { subpath, types } of typed) {
    const path = join(dir, types);
    if (!existsSync(path)) throw new Error(`${relative(process.cwd(), path)} is missing: run \`pnpm build\` first`);
    const exported = [...project.addSourceFileAtPath(path).getExportedDeclarations()];
    const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    lines.push('', `## \`${name}\``, '', `${exported.length} exports (\`${types}\`).`);
    for (const [exportName, declarations] of exported.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const shown = declarations.map(printed);
      const kinds = [...new Set(shown.map((d) => d.kind))].join(', ');
      lines.push('', `### ${exportName} (${kinds})`, '', '```ts', ...shown.map((d) => d.text), '```');
    }
  }
  if (files.length > 0) lines.push('', '## Files', '', ...files.map((f) => `- \`${f}\``));
  if (pkg.bin) lines.push('', '## Bin', '', ...Object.keys(pkg.bin).map((b) => `- \`${b}\``));
  return `${lines.join('\n')}\n`;
}

/** `pnpm api-report [--check]`: writes every report, or lists the stale ones with their diff. */
export function runApiReport(argv: string[], root: string): number {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean' }, root: { type: 'string' } } });
  const base = values.root ?? root;
  const stale: string[] = [];
  for (const { dir } of publishedPackages(base)) {
    const file = join(dir, REPORT_FILE);
    const want = apiReport(dir);
    const have = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (have === want) continue;
    stale.push(relative(base, file));
    if (values.check) process.stderr.write(diff(have, want, relative(base, file)));
    else writeFileSync(file, want);
  }
  if (!values.check) process.stdout.write(`api-report: ${stale.length} report(s) written.\n`);
  else if (stale.length === 0) process.stdout.write('api-report --check: every API report is up to date.\n');
  else
    process.stderr.write(
      `api-report --check: the public API changed (${stale.join(', ')}). If that is intended, run \`pnpm api-report\`, commit the reports, and add a changeset naming the packages.\n`,
    );
  return values.check && stale.length > 0 ? 1 : 0;
}

/** A unified diff of the committed report and the built one, by git, which every clone has. */
function diff(have: string, want: string, label: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'api-report-'));
  try {
    writeFileSync(join(dir, 'committed'), have);
    writeFileSync(join(dir, 'built'), want);
    const args = ['diff', '--no-index', '--no-color', '--', 'committed', 'built'];
    const out = spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).stdout;
    return out.replace(/^(---|\+\+\+) [ab]\/(committed|built)$/gm, (_, sign, side) => `${sign} ${label} (${side})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
