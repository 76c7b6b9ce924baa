// Prints the size of an app that imports the formatter and one locale (pnpm bench); the
// formatter alone and both locales for comparison.
import { bundleApp } from './app-bundle.mjs';

const rows = [];
for (const locales of [[], ['en'], ['zh'], ['en', 'zh']]) {
  const { minified, gzip } = await bundleApp(locales);
  rows.push({
    app: locales.length === 0 ? 'formatter only' : `formatter + ${locales.join(' + ')}`,
    'minified (bytes)': minified,
    'minified + gzip (bytes)': gzip,
  });
}
const base = rows[1]['minified + gzip (bytes)'];
for (const row of rows) row['gzip vs en only'] = `${(row['minified + gzip (bytes)'] / base).toFixed(2)}x`;
console.log('Bundle size (esbuild, browser, ESM, minified; gzip -9):');
console.table(rows);
