import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isolatedDeclarationSync } from 'oxc-transform';
import type { Options } from 'tsup';

type Entries = string[] | Record<string, string>;

/** One build for every package: ESM + CommonJS from esbuild, declarations from oxc (see below). */
export function packageBuild(entry: Entries, extra: Partial<Options> = {}): Options {
  const dts = extra.dts ?? true;
  return {
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
  };
}

const entryName = (source: string) => source.replace(/^src\//, '').replace(/\.ts$/, '');

/** Every `.ts` under `dir`, as paths relative to the package. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(dir, file).split('\\').join('/'));
}

/**
 * Declarations, one per source file, by oxc's isolated declarations: each file alone, no program,
 * no type-checking (`isolatedDeclarations` in tsconfig makes `typecheck` require the explicit
 * types this needs). About 0.1 s per package where `tsc` took several.
 * `dist/types` is ESM (the package's type); `dist/cjs-types` is the same files under a
 * `{"type":"commonjs"}` package.json, so `require` resolves declarations of the CommonJS format.
 * Each entry's `dist/<name>.d.ts` / `.d.cts`, where `exports` points, re-exports its module.
 */
function emitDeclarations(entry: Entries): void {
  const declarations = new Map<string, string>();
  const problems: string[] = [];
  for (const file of sources('src')) {
    const { code, errors } = isolatedDeclarationSync(file, readFileSync(file, 'utf8'));
    for (const e of errors) problems.push(`${file}: ${e.message}`);
    declarations.set(file, code);
  }
  if (problems.length > 0) throw new Error(`declarations cannot be emitted:\n${problems.join('\n')}`);
  for (const tree of ['dist/types', 'dist/cjs-types']) {
    rmSync(tree, { recursive: true, force: true });
    for (const [file, code] of declarations) {
      const out = join(tree, `${file.replace(/^src\//, '').replace(/\.ts$/, '')}.d.ts`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, code);
    }
  }
  writeFileSync('dist/cjs-types/package.json', '{ "type": "commonjs" }\n');
  const entries = Array.isArray(entry) ? Object.fromEntries(entry.map((s) => [entryName(s), s])) : entry;
  for (const [name, source] of Object.entries(entries)) {
    const module = `${entryName(source)}.js`;
    const names = defaultModuleExports(source, declarations.get(source) ?? '');
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
      writeFileSync(file, `export ${names ? `{ ${names.join(', ')} }` : '*'} from ${from};\n`);
    }
  }
}

/**
 * `export *` leaves out a default export, and attw reads only the names a file declares itself:
 * an entry with a default export names every export, so its types show the named exports beside
 * the default as its CommonJS `exports` does, not a lone default (attw's MissingExportEquals).
 * Read from the entry's declarations, which state each export (`export declare …`, `export {…}`).
 * Undefined for an entry without a default export (re-exported with `export *`).
 */
function defaultModuleExports(source: string, declarations: string): string[] | undefined {
  if (!/^export default /m.test(declarations)) return undefined;
  if (/^export \*/m.test(declarations)) {
    throw new Error(`${source}: an entry with a default export cannot also \`export *\`; name the re-exports`);
  }
  const declared = [
    ...declarations.matchAll(
      /^export (?:declare )?(?:abstract )?(?:const|let|var|function|class|interface|type|enum|namespace) ([\w$]+)/gm,
    ),
  ].map((m) => m[1]!);
  const listed = [...declarations.matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap((m) =>
    m[1]!
      .split(',')
      .map(
        (part) =>
          part
            .trim()
            .replace(/^type /, '')
            .split(/\s+as\s+/)
            .pop()!,
      )
      .filter((name) => name !== ''),
  );
  return [...new Set([...declared, ...listed, 'default'])];
}
