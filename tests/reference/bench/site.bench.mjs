// pnpm --filter @jss/reference-tests bench: what the reference site costs.
// 1. The real catalog: `generate` with every emitter vs `generate` without the site, same run,
//    fresh output roots, interleaved; the difference is what the site adds.
// 2. The site emitter alone at 1,000 and 10,000 synthetic codes (copies of the catalog's entries,
//    as generators/bench/generate.bench.mjs builds them): cost per code must stay flat.
// 3. Search in Chromium on the 10,000-code site vs the real one, per query, median of runs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCatalog as syntheticOf } from '@jss/generators/bench/synthetic.mjs';
import { generate } from '@jss/generators/dist/generate.js';
import { emitters } from '@jss/generators/dist/emitters/index.js';
import { siteEmitter } from '@jss/generators/dist/emitters/site/index.js';
import { loadCatalog } from '@jss/generators/dist/catalog/load.js';
import { median, report, round } from '../../../scripts/bench/compare.mjs';
import { launchChromium } from '../lib/chromium.mjs';
import { repoRoot } from '../lib/site.mjs';
import { serveStatic } from '../lib/static-server.mjs';

const work = mkdtempSync(join(tmpdir(), 'jss-site-bench-'));
const seedCatalog = readFileSync(join(repoRoot, 'catalog', 'errors.yaml'), 'utf8');
const schemaPath = join(repoRoot, 'catalog', 'schema.json');

function rootWith(text) {
  const root = mkdtempSync(join(work, 'root-'));
  mkdirSync(join(root, 'catalog'));
  writeFileSync(join(root, 'catalog', 'errors.yaml'), text);
  return root;
}

const syntheticCatalog = (count) => syntheticOf(seedCatalog, count);

function timeMs(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function generateMs(text, list) {
  const root = rootWith(text);
  const ms = timeMs(() => generate({ catalog: join(root, 'catalog', 'errors.yaml'), out: root, emitters: list }));
  rmSync(root, { recursive: true, force: true });
  return ms;
}

function modelOf(text) {
  const root = rootWith(text);
  const catalogPath = join(root, 'catalog', 'errors.yaml');
  const { model } = loadCatalog({ catalogPath, displayPath: 'catalog/errors.yaml', schemaPath, targetChecks: [] });
  return { model, root };
}

// 1. The real catalog.
const withoutSite = emitters.filter((e) => e !== siteEmitter);
generateMs(seedCatalog, emitters); // warm-up: module loading, template compilation
const all = [];
const rest = [];
for (let i = 0; i < 9; i++) {
  all.push(generateMs(seedCatalog, emitters));
  rest.push(generateMs(seedCatalog, withoutSite));
}
const seedModel = modelOf(seedCatalog).model;
const seedEmit = median(Array.from({ length: 9 }, () => timeMs(() => siteEmitter.emit(seedModel))));
const added = median(all) - median(rest);

// 2. Synthetic catalogs.
const perCode = {};
for (const count of [1_000, 10_000]) {
  const { model } = modelOf(syntheticCatalog(count));
  siteEmitter.emit(model);
  const ms = median(Array.from({ length: count > 1_000 ? 3 : 5 }, () => timeMs(() => siteEmitter.emit(model))));
  perCode[count] = { ms, perCode: ms / model.errors.length, pages: siteEmitter.emit(model).length };
}

report(`site generation (${seedModel.errors.length} codes in the real catalog; in-process, median)`, [
  { name: 'baseline: generate without the site', ms: round(median(rest)) },
  { name: 'generate with the site', ms: round(median(all)), 'x baseline': round(median(all) / median(rest)) },
  { name: 'site adds (emit + write)', ms: round(added), limit: '500 ms', pass: added <= 500 },
  { name: 'site emit alone, real catalog', ms: round(seedEmit) },
  { name: 'site emit, 1,000 codes', ms: round(perCode[1_000].ms), 'µs/code': round(perCode[1_000].perCode * 1000) },
  { name: 'site emit, 10,000 codes', ms: round(perCode[10_000].ms), 'µs/code': round(perCode[10_000].perCode * 1000) },
  {
    name: 'cost per code, 10,000 / 1,000',
    ratio: round(perCode[10_000].perCode / perCode[1_000].perCode),
    limit: 1.5,
    pass: perCode[10_000].perCode / perCode[1_000].perCode <= 1.5,
  },
]);

// 3. Search in Chromium: the 10,000-code site, written where the server can see it.
const bigRoot = rootWith(syntheticCatalog(10_000));
generate({ catalog: join(bigRoot, 'catalog', 'errors.yaml'), out: bigRoot, emitters: [siteEmitter] });
const smallRoot = rootWith(seedCatalog);
generate({ catalog: join(smallRoot, 'catalog', 'errors.yaml'), out: smallRoot, emitters: [siteEmitter] });

const QUERIES = [
  ['a code', 'NoSuchBucket', {}],
  ['an alias', 'NoSuchBucketPolicy', {}],
  ['a Chinese word', '存储空间 不存在', {}],
  ['an English word (many hits)', 'bucket', {}],
  ['nothing matches', 'zzzzqqqq', {}],
  ['status filter', '', { status: '404' }],
  ['clear (every row back)', '', {}],
];

async function searchTimes(root, locale) {
  const server = await serveStatic(join(root, 'docs', 'reference'));
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    await page.goto(`${server.url}${locale === 'en' ? '' : `${locale}/`}index.html`, { waitUntil: 'load' });
    const out = {};
    for (const [name, query, filter] of QUERIES) {
      // Time from the query to the next frame painted: the match, the rows' update, style and layout.
      out[name] = await page.evaluate(
        async (q, f) => {
          const run = window.jssReferenceSearch;
          const samples = [];
          for (let i = 0; i < 7; i++) {
            run('', {});
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            const start = performance.now();
            run(q, f);
            document.body.offsetHeight; // force style and layout now
            samples.push(performance.now() - start);
          }
          samples.sort((a, b) => a - b);
          return samples[3];
        },
        query,
        filter,
      );
    }
    return out;
  } finally {
    await chromium.close();
    await server.close();
  }
}

const results = [];
for (const locale of seedModel.locales.all) {
  const small = await searchTimes(smallRoot, locale);
  const big = await searchTimes(bigRoot, locale);
  for (const [name] of QUERIES)
    results.push({
      name: `${locale}: ${name}`,
      [`${seedModel.errors.length} codes, ms`]: round(small[name]),
      '10,000 codes, ms': round(big[name]),
      limit: '50 ms',
      pass: big[name] < 50,
    });
}
report('search in Chromium (query → rows updated, style and layout done; median of 7)', results);
rmSync(work, { recursive: true, force: true });
