// pnpm --filter @jss/errors bench: cost of parseJssErrorResponse on 1, 10 and 100 MB bodies.
// Each size runs in its own process (so peak RSS is its own), against a baseline measured there:
// one linear pass over the same body (`indexOf` of a string that is not in it).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const KINDS = {
  'text, not an error document': (n) => 'x '.repeat(n / 2),
  'XML, entities in <Message>': (n) =>
    `<Error><Code>NoSuchKey</Code><Message>${'&amp;'.repeat(n / 5)}</Message></Error>`,
  'XML, huge <Message>': (n) => `<Error><Code>NoSuchKey</Code><Message>${'x'.repeat(n)}</Message></Error>`,
  'JSON, many keys': (n) => `{${Array.from({ length: n / 12 }, (_, i) => `"k${i}":1`).join(',')},"Code":"SlowDown"}`,
  'bytes, not an error document': (n) => Buffer.alloc(n, 'x '),
};

if (process.argv[2] === 'child') {
  const { parseJssErrorResponse } = await import('@jss/errors');
  const [kind, mb] = [process.argv[3], Number(process.argv[4])];
  const body = KINDS[kind](mb << 20);
  const text = typeof body === 'string' ? body : undefined;
  const time = (fn) => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  // Flatten the string first (repeat/join build ropes), so neither measurement pays for it.
  (text ?? body).indexOf('\u0001');
  globalThis.gc();
  const rssBefore = process.resourceUsage().maxRSS;
  const heapBefore = process.memoryUsage().heapUsed;
  let code;
  const ms = time(() => {
    code = parseJssErrorResponse({ status: 400, body }).code;
  });
  const heapAfter = process.memoryUsage().heapUsed;
  const rssGrowth = (process.resourceUsage().maxRSS - rssBefore) / 1024;
  const baseline = time(() => (text ?? body).indexOf('\u0001NOT-THERE'));
  console.log(JSON.stringify({ ms, baseline, code, rssGrowth, heapGrowth: (heapAfter - heapBefore) / 1048576 }));
} else {
  const rows = [];
  for (const kind of Object.keys(KINDS)) {
    for (const mb of [1, 10, 100]) {
      const out = execFileSync(
        process.execPath,
        ['--expose-gc', fileURLToPath(import.meta.url), 'child', kind, String(mb)],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const r = JSON.parse(out);
      rows.push({
        body: kind,
        MB: mb,
        'parse ms': Math.round(r.ms * 10) / 10,
        'one indexOf pass ms': Math.round(r.baseline * 10) / 10,
        'ratio to one pass': Math.round((r.ms / r.baseline) * 100) / 100,
        'peak RSS growth MB': Math.round(r.rssGrowth),
        'heap growth MB': Math.round(r.heapGrowth * 10) / 10,
        code: r.code,
      });
    }
  }
  console.log('\n@jss/errors large bodies (each size in its own process; a bounded prefix keeps the cost flat)');
  console.table(rows);
}
