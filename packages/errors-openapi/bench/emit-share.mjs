// The OpenAPI emitter's share of generation time: each emitter's `emit` on the seed model, timed
// in one process, interleaved round by round so drift hits all alike; medians over the rounds.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const generators = new URL('../../../generators/', import.meta.url);
const { loadCatalog } = await import(new URL('dist/catalog/load.js', generators).href);
const { emitters } = await import(new URL('dist/emitters/index.js', generators).href);
const path = (rel) => fileURLToPath(new URL(rel, generators));

const { model } = loadCatalog({
  catalogPath: path('../catalog/errors.yaml'),
  displayPath: 'catalog/errors.yaml',
  schemaPath: path('../catalog/schema.json'),
});

const WARMUP = 5;
const ROUNDS = 30;
const times = new Map(emitters.map((e) => [e.name, []]));
const together = [];
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  let sum = 0;
  for (const emitter of emitters) {
    const start = performance.now();
    emitter.emit(model);
    const ms = performance.now() - start;
    sum += ms;
    if (round >= WARMUP) times.get(emitter.name).push(ms);
  }
  if (round >= WARMUP) together.push(sum);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const all = median(together);
console.log(`emit time per emitter on the seed model (median of ${ROUNDS} rounds), as a share of all emitters`);
console.table(
  Object.fromEntries(
    [...times].map(([name, xs]) => [
      name,
      { 'median ms': +median(xs).toFixed(2), 'share of all': +(median(xs) / all).toFixed(3) },
    ]),
  ),
);
console.log(`errors-openapi / all emitters = ${(median(times.get('errors-openapi')) / all).toFixed(3)}`);
