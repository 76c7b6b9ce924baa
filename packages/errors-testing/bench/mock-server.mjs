// The stand-in as one server of the load test, in its own process so it does not share a CPU
// with autocannon. argv[2]: the number of rules, none of which matches the measured request
// (all are evaluated before the in-memory JSS answers).
import { startJssMock } from '@jss/errors-testing';

const ruleCount = Number(process.argv[2] ?? 0);
/** @type {import('@jss/errors-testing').MockRule[]} */
const rules = Array.from({ length: ruleCount }, (_, i) => ({
  operation: /** @type {const} */ ('GetObject'),
  key: { glob: `other-${i}/**` },
  headers: { 'x-bench': String(i) },
  answer: { code: /** @type {const} */ ('SlowDown') },
}));
const mock = await startJssMock({ buckets: ['photos'], rules });
process.send?.({ port: mock.port });
process.on('disconnect', () => mock.close().then(() => process.exit(0)));
