// pnpm --filter @jss/errors-cli bench: how long `jss-errors` takes from spawn to exit, next to
// `node -e 0` (Node's own start) measured in the same run, interleaved so a busy neighbour hits
// both alike. Reports the median ms of each and the ratio. The budget is 150 ms in all;
// Node itself takes about 50 ms on an idle machine, so the CLI's own share (its time over
// `node -e 0`) must stay under 100 ms: that holds on a loaded machine too, where both slow down.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, report, round } from '../../../scripts/bench/compare.mjs';

const BIN = fileURLToPath(new URL('../bin/jss-errors.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const OWN_BUDGET_MS = 100;

const commands = {
  'node -e 0': ['-e', '0'],
  'jss-errors --help': [BIN, '--help'],
  'jss-errors list': [BIN, 'list'],
  'jss-errors explain NoSuchBucket': [BIN, 'explain', 'NoSuchBucket'],
  'jss-errors explain BucketNotEmpty --lang zh --json': [BIN, 'explain', 'BucketNotEmpty', '--lang', 'zh', '--json'],
  'jss-errors explain NoSuchBukcet (suggests)': [BIN, 'explain', 'NoSuchBukcet'],
};

const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const run = (args) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit ${result.status}`);
  return ms;
};
for (const args of Object.values(commands)) run(args); // warm the file cache
for (let i = 0; i < RUNS; i++) for (const [name, args] of Object.entries(commands)) times[name].push(run(args));

const node = median(times['node -e 0']);
report(
  `jss-errors startup, ${RUNS} runs each (median ms; ratio = command / node -e 0; own budget ${OWN_BUDGET_MS} ms over node)`,
  Object.entries(times).map(([name, list]) => ({
    name,
    'median ms': round(median(list)),
    'p90 ms': round([...list].sort((a, b) => a - b)[Math.floor(list.length * 0.9)]),
    ratio: round(median(list) / node),
    'over node ms': round(median(list) - node),
    pass: name === 'node -e 0' ? undefined : median(list) - node < OWN_BUDGET_MS,
  })),
);
