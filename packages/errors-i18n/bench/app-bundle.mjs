// An app that imports the formatter and some locales, bundled for the browser as an app would
// be: esbuild, minified, tree-shaken. Used by bundle-size.mjs (figures) and by a test (contents).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** @param {readonly string[]} locales */
export async function bundleApp(locales) {
  const imports = locales.map((locale, i) => `import l${i} from '@jss/errors-i18n/locales/${locale}';`);
  const source = [
    "import { formatJssError, negotiateLocale, registerJssMessages } from '@jss/errors-i18n';",
    ...imports,
    `registerJssMessages(${locales.map((_, i) => `l${i}`).join(', ')});`,
    'export const text = (error) => formatJssError(error, { locale: negotiateLocale(navigator.languages) });',
  ].join('\n');
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, sourcefile: 'app.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Chinese as UTF-8 (as Vite emits it), not as \u escapes: real sizes, and text a test can see.
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}
