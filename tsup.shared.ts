import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import ts from 'typescript';

type Entries = string[] | Record<string, string>;

/** One build for every package: ESM + CommonJS from esbuild, declarations from `tsc` (see below). */
export function packageBuild(entry: Entries, extra: Partial<Options> = {}) {
  const dts = extra.dts ?? true;
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: false,
    target: 'node20',
    platform: 'neutral',
    outDir: 'dist',
    ...extra,
    dts: false,
    onSuccess: dts ? async () => emitDeclarations(entry) : undefined,
  });
}

const entryName = (source: string) => source.replace(/^src\//, '').replace(/\.ts$/, '');

/**
 * Declarations, one per source file, by `tsc` without type-checking (`noCheck`: the package's
 * `typecheck` checks src), about half the CPU of tsup's bundled declarations.
 * `dist/types` is ESM (the package's type); `dist/cjs-types` is the same files under a
 * `{"type":"commonjs"}` package.json, so `require` resolves declarations of the CommonJS format.
 * Each entry's `dist/<name>.d.ts` / `.d.cts`, where `exports` points, re-exports its module.
 */
function emitDeclarations(entry: Entries): void {
  const configFile = ts.findConfigFile('.', ts.sys.fileExists, 'tsconfig.json');
  if (!configFile) throw new Error('tsconfig.json not found');
  const config = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`${configFile} cannot be read`);
  const entries = Array.isArray(entry) ? Object.fromEntries(entry.map((s) => [entryName(s), s])) : entry;
  const program = ts.createProgram(Object.values(entries), {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: 'src',
    outDir: 'dist/types',
    noCheck: true,
  });
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.emit().diagnostics,
  ];
  if (diagnostics.length > 0) {
    const host = {
      getCanonicalFileName: (f: string) => f,
      getCurrentDirectory: ts.sys.getCurrentDirectory,
      getNewLine: () => '\n',
    };
    throw new Error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  }
  // `export *` leaves out a default export, and attw reads only the names a file declares itself:
  // an entry with a default export names every export, so its types show the named exports beside
  // the default as its CommonJS `exports` does, not a lone default (attw's MissingExportEquals).
  const checker = program.getTypeChecker();
  const exportNames = (source: string) => {
    const file = program.getSourceFile(source);
    const module = file && checker.getSymbolAtLocation(file);
    return module === undefined ? [] : checker.getExportsOfModule(module).map((e) => e.name);
  };
  rmSync('dist/cjs-types', { recursive: true, force: true });
  cpSync('dist/types', 'dist/cjs-types', { recursive: true });
  writeFileSync('dist/cjs-types/package.json', '{ "type": "commonjs" }\n');
  for (const [name, source] of Object.entries(entries)) {
    const module = `${entryName(source)}.js`;
    for (const [extension, tree] of [
      ['.d.ts', 'types'],
      ['.d.cts', 'cjs-types'],
    ] as const) {
      const file = join('dist', `${name}${extension}`);
      mkdirSync(dirname(file), { recursive: true });
      const target = relative(dirname(file), join('dist', tree, module))
        .split('\\')
        .join('/');
      const from = `'${target.startsWith('.') ? target : `./${target}`}'`;
      const names = exportNames(source);
      writeFileSync(file, `export ${names.includes('default') ? `{ ${names.join(', ')} }` : '*'} from ${from};\n`);
    }
  }
}
