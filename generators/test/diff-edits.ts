// Edits of test/fixtures/tiny.yaml, one class of change each, with the kinds the diff must find.
// Shared by the diff tests, the emitter cross-check and the fixture git history; and the
// fixture as an older catalog format had it.
import type { ChangeKind } from '../src/diff/kinds.js';
import { sourceHash } from '../src/text/source-hash.js';

export interface CatalogEdit {
  readonly name: string;
  readonly edit: (text: string) => string;
  /** Every kind of change the edit makes, exactly. */
  readonly kinds: readonly ChangeKind[];
}

/** `text` with `from` replaced, failing loudly when the fixture no longer contains it. */
function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Replaces exactly one occurrence, so a fixture edit that stops matching fails loudly. */
export function edit(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture has no ${String(from)}`);
  return out;
}

/** The fixture as an older catalog format had it: no reference, a site label missing, a plain-string param description. */
export function olderFormat(text: string): string {
  let old = edit(text, /^reference:\n {2}baseUrl: .*\n/m, '');
  old = edit(old, /^ {2}site\.title:\n(?: {4}.*\n)+/m, '');
  return edit(
    old,
    /description:\n {10}en: Name of the bucket\.\n {10}zh:\n {12}text: .*\n {12}translates: .*\n/,
    'description: Name of the bucket.\n',
  );
}

const zh = (en: string, text: string) => `      zh:\n        text: ${text}\n        translates: "${sourceHash(en)}"\n`;

const NEW_CODE = `  - code: NoSuchKey
    httpStatus: 404
    message: The specified key does not exist.
    messageSource: page
    text:
      en: The key {key} does not exist.
${zh('The key {key} does not exist.', '指定的对象 {key} 不存在。')}    params:
      key:
        type: string
        description:
          en: The object key.
          zh: { text: Object 的 Key。, translates: "${sourceHash('The object key.')}" }
    fault: client
    retryable: false
    throttling: false
    aws: null
    sources: {}
    notes: Added by a test.
`;

const NEW_VARIANT = `    variants:
      - id: disk
        message: The disk failed.
        text:
          en: A disk failed; retry.
          zh:
            text: 磁盘故障，请重试。
            translates: "${sourceHash('A disk failed; retry.')}"
        sources: {}
        notes: Added by a test.
`;

export const EDITS: readonly CatalogEdit[] = [
  // patch
  {
    name: 'translation',
    edit: (t) => swap(t, '指定的 Bucket {bucket} 不存在。', 'Bucket {bucket} 不存在。'),
    kinds: ['text.translation.changed'],
  },
  {
    name: 'source text',
    edit: (t) => swap(t, '      en: The bucket {bucket} does not exist.', '      en: No bucket {bucket} exists.'),
    kinds: ['text.source.changed'],
  },
  {
    name: 'causes and fixes',
    edit: (t) => swap(t, 'Back off and retry.', 'Back off, then retry.'),
    kinds: ['causes.changed'],
  },
  {
    name: 'notes',
    edit: (t) => swap(t, 'A plain code with a placeholder and an alias.', 'Plain.'),
    kinds: ['notes.changed'],
  },
  {
    name: 'example changed',
    edit: (t) => swap(t, 'example: cn-north-1', 'example: cn-east-2'),
    kinds: ['param.example.changed'],
  },
  // minor
  {
    name: 'constraint relaxed',
    edit: (t) => swap(t, 'bucket: { minLength: 3, maxLength: 63,', 'bucket: { minLength: 1, maxLength: 63,'),
    kinds: ['constraint.relaxed'],
  },
  {
    name: 'alias added',
    edit: (t) => swap(t, 'aliases: [NoBucket]', 'aliases: [NoBucket, MissingBucket]'),
    kinds: ['alias.added'],
  },
  {
    name: 'code added',
    edit: (t) => swap(t, '  - code: BucketNotEmpty\n', `${NEW_CODE}  - code: BucketNotEmpty\n`),
    kinds: ['code.added'],
  },
  {
    name: 'variant added',
    edit: (t) =>
      swap(
        t,
        '    notes: A code that already ends in Error',
        `${NEW_VARIANT}    notes: A code that already ends in Error`,
      ),
    kinds: ['variant.added'],
  },
  // breaking
  {
    name: 'retryWhen removed',
    edit: (t) => swap(t, '    retryWhen: clockCorrected # a fixture value: prints the clock-correction advice\n', ''),
    kinds: ['retryWhen.changed'],
  },
  {
    name: 'retryWhen added',
    edit: (t) =>
      swap(
        t,
        '    throttling: true\n    retryAfter: 2\n',
        '    throttling: true\n    retryAfter: 2\n    retryWhen: clockCorrected\n',
      ),
    kinds: ['retryWhen.changed'],
  },
  {
    name: 'constraint tightened',
    edit: (t) => swap(t, 'bucket: { minLength: 3, maxLength: 63,', 'bucket: { minLength: 3, maxLength: 50,'),
    kinds: ['constraint.tightened'],
  },
  {
    // Each beside another change of its code: named there too, not only when alone.
    name: 'retryWhen, rule and example beside other changes',
    edit: (t) => {
      let out = swap(
        t,
        '    retryAfter: 1\n    retryWhen: clockCorrected # a fixture value: prints the clock-correction advice\n',
        '    retryAfter: 3\n',
      );
      out = swap(out, 'message: The bucket you tried to delete is not empty.', 'message: The bucket is not empty.');
      out = swap(out, 'bucket: { minLength: 3, maxLength: 63,', 'bucket: { maxLength: 63,');
      return swap(out, '        example: cn-north-1\n', '        example: cn-east-2\n        element: Region\n');
    },
    kinds: [
      'retryWhen.changed',
      'retryAfter.changed',
      'constraint.relaxed',
      'message.changed',
      'param.example.changed',
      'param.wire.changed',
    ],
  },
  {
    name: 'status changed',
    edit: (t) => swap(t, '  - code: SlowDown\n    httpStatus: 400', '  - code: SlowDown\n    httpStatus: 503'),
    kinds: ['status.changed'],
  },
  {
    name: 'wire message changed',
    edit: (t) => swap(t, 'message: The bucket you tried to delete is not empty.', 'message: The bucket is not empty.'),
    kinds: ['message.changed'],
  },
  {
    name: 'alias removed',
    edit: (t) => swap(t, '    aliases: [NoBucket]\n', ''),
    kinds: ['alias.removed'],
  },
  {
    name: 'variant removed',
    edit: (t) => t.slice(0, t.indexOf('    variants:\n')) + t.slice(t.indexOf('  - code: InternalError')),
    kinds: ['variant.removed'],
  },
  {
    name: 'placeholder renamed',
    edit: (t) =>
      swap(
        swap(
          swap(t, 'en: The bucket {bucket} does not exist.', 'en: The bucket {bucketName} does not exist.'),
          '指定的 Bucket {bucket} 不存在。',
          '指定的 Bucket {bucketName} 不存在。',
        ),
        '    params:\n      bucket:\n',
        '    params:\n      bucketName:\n',
      ),
    kinds: ['param.renamed', 'text.source.changed', 'text.translation.changed'],
  },
  {
    name: 'placeholder given a header',
    edit: (t) =>
      swap(
        t,
        '      bucket:\n        element: BucketName\n',
        '      bucket:\n        element: BucketName\n        header: x-bucket\n',
      ),
    kinds: ['param.wire.changed'],
  },
  {
    name: 'placeholder put on the wire',
    edit: (t) =>
      swap(
        t,
        '      bucket:\n        type: string\n',
        '      bucket:\n        element: Bucket\n        type: string\n',
      ),
    kinds: ['param.wire.added'],
  },
  {
    name: 'placeholder retyped',
    edit: (t) =>
      swap(
        t,
        '      bucket:\n        element: BucketName\n        type: string\n',
        '      bucket:\n        element: BucketName\n        type: integer\n',
      ),
    kinds: ['param.retyped'],
  },
  {
    name: 'code renamed',
    edit: (t) =>
      swap(
        swap(t, '  - code: ServiceUnavailable\n', '  - code: ServiceBusy\n'),
        '    code: ServiceUnavailable\n',
        '    code: ServiceBusy\n',
      ),
    kinds: ['code.renamed', 'statusDefault.code.changed'],
  },
];
