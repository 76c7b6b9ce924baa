import { createJssError } from '@jss/errors';
import { formatJssError, registerJssMessages, type JssMessageBundle } from '@jss/errors-i18n';
import en from '@jss/errors-i18n/locales/en';
import zh from '@jss/errors-i18n/locales/zh';
import { afterAll, bench, describe } from 'vitest';

// No catalog text has two placeholders yet: this is the real en bundle with NoSuchKey given a
// second one, so the formatter runs exactly as for a catalog text.
const twoPlaceholders: JssMessageBundle = {
  locale: 'en',
  messages: { ...en.messages, NoSuchKey: 'The object {key} does not exist in the bucket {bucket}.' },
};
registerJssMessages(twoPlaceholders, zh);

// Varying inputs, and a sink, so neither side can be folded into a constant. Each bench call
// formats ROUNDS strings, so the harness's own cost per call does not flatten the ratio.
const ROUNDS = 64;
// Typed as any code: the catalog's NoSuchKey declares only {key}.
const code: string = 'NoSuchKey';
// Longer runs than the default 500 ms: the ratio is steadier on a busy machine.
const options = { time: 2000, warmupTime: 500 };
const keys = ['a.jpg', 'cats/tom.png', 'logs/2024-01-01.gz', 'x', 'backup.tar', 'docs/readme.md', 'v.mp4', 'z'];
const buckets = ['photos', 'logs', 'backups', 'b', 'media', 'docs', 'videos', 'tmp'];
let sink = 0;

describe('two placeholders', () => {
  bench(
    'template literal (baseline)',
    () => {
      for (let i = 0; i < ROUNDS; i++) {
        const key = keys[i & 7]!;
        const bucket = buckets[i & 7]!;
        sink += `The object ${key} does not exist in the bucket ${bucket}.`.length;
      }
    },
    options,
  );

  bench(
    'formatJssError',
    () => {
      for (let i = 0; i < ROUNDS; i++) {
        const key = keys[i & 7]!;
        const bucket = buckets[i & 7]!;
        sink += formatJssError(code, { locale: 'en', params: { key, bucket } }).length;
      }
    },
    options,
  );
});

const errors = buckets.map((bucket) => createJssError('NoSuchBucket', { bucket }));
const header = 'zh-CN,zh;q=0.9,en;q=0.8';

describe('a JssError, its placeholder from the error, locale from an Accept-Language header', () => {
  bench(
    'template literal (baseline)',
    () => {
      for (let i = 0; i < ROUNDS; i++) sink += `指定的 Bucket ${errors[i & 7]!.bucket} 不存在。`.length;
    },
    options,
  );

  bench(
    'formatJssError',
    () => {
      for (let i = 0; i < ROUNDS; i++) sink += formatJssError(errors[i & 7]!, { locale: header }).length;
    },
    options,
  );
});

// The sink is read after the run, so no side is dead code to the optimiser.
afterAll(() => {
  if ((sink as unknown) === Symbol.for('never')) console.log(sink);
});
