// Sizes of the published documents, raw and gzipped, and of the JS module that carries them.
// Ratios are against openapi.json, the document most consumers fetch.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const files = [
  'openapi/openapi.json',
  'openapi/openapi.yaml',
  'openapi/openapi-3.0.json',
  'openapi/openapi-3.0.yaml',
  'dist/index.js',
];

const rows = files.map((file) => {
  const bytes = readFileSync(at(file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const base = rows[0];
console.log('document sizes (gzip -9)');
console.table(
  Object.fromEntries(
    rows.map((r) => [
      r.file,
      {
        bytes: r.raw,
        gzip: r.gzip,
        'gzip/raw': +(r.gzip / r.raw).toFixed(3),
        'raw vs openapi.json': +(r.raw / base.raw).toFixed(3),
      },
    ]),
  ),
);
