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
 * Declarations, one per source file, by `tsc` (about 3x less CPU than tsup's bundled declarations),
 * which also type-checks src: the package's `typecheck` then checks only its tests, against these.
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
  });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
  if (diagnostics.length > 0) {
    const host = {
      getCanonicalFileName: (f: string) => f,
      getCurrentDirectory: ts.sys.getCurrentDirectory,
      getNewLine: () => '\n',
    };
    throw new Error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  }
  // `export *` leaves out a default export: the entries that have one re-export it by name.
  const checker = program.getTypeChecker();
  const hasDefault = (source: string) => {
    const file = program.getSourceFile(source);
    const module = file && checker.getSymbolAtLocation(file);
    return module !== undefined && checker.getExportsOfModule(module).some((e) => e.escapedName === 'default');
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
      writeFileSync(file, `export * from ${from};\n${hasDefault(source) ? `export { default } from ${from};\n` : ''}`);
    }
  }
}
