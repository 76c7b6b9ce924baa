import fc from 'fast-check';
import { parse } from 'yaml';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toBlockYaml } from '../src/text/block-yaml.js';

const json = fc.jsonValue({ maxDepth: 4 });
/** Strings a catalog could hold, hostile ones included: any code unit, YAML indicators, breaks. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    'yes',
    'No',
    'null',
    '~',
    '- a',
    'a: b',
    'a #b',
    '@x',
    '`x`',
    '|',
    '>',
    '"',
    "'",
    '3.1.0',
    '404',
    '0x1F',
    '.inf',
    '',
    ' ',
    'a\n',
    '\n',
    ' a\nb',
    'a\n b',
    '\n  x\ny',
    '\n\nx',
    'x\n\n  y',
    'x\r\ny',
    '\u2028',
    '\ufeff',
    '\u0085',
    '中文：说明',
  ),
);
const document = fc.dictionary(
  fc.oneof(fc.string(), nasty),
  fc.oneof(json, nasty, fc.array(fc.oneof(nasty, fc.dictionary(nasty, nasty)))),
);

describe('toBlockYaml', () => {
  it('round-trips any JSON data through two YAML parsers', () => {
    fc.assert(
      fc.property(document, (value) => {
        const text = toBlockYaml(value);
        // JSON data: -0 reads back as 0, which is what JSON.stringify does too.
        const expected = JSON.parse(JSON.stringify(value)) as unknown;
        expect(parse(text, { uniqueKeys: false })).toEqual(expected);
        expect(parseYaml(text, { schema: 'core' })).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it.each(['\n  x\ny', ' lead', 'a\n  b', 'trail \nx', 'x\n', 'tab\there\nx'])(
    'round-trips the block-scalar edge case %j',
    (text) => {
      const yaml = toBlockYaml({ text });
      expect(parse(yaml)).toEqual({ text });
      expect(parseYaml(yaml)).toEqual({ text });
    },
  );

  it('writes readable YAML for ordinary data', () => {
    expect(
      toBlockYaml({
        openapi: '3.1.0',
        info: { title: 'JSS error responses', 'x-zh': '访问被拒绝。' },
        enum: ['AccessDenied', 'yes'],
        empty: {},
        list: [{ a: 1, b: 'two lines\nhere' }],
      }),
    ).toBe(
      [
        'openapi: "3.1.0"',
        'info:',
        '  title: JSS error responses',
        '  x-zh: 访问被拒绝。',
        'enum:',
        '  - AccessDenied',
        '  - "yes"',
        'empty: {}',
        'list:',
        '  - a: 1',
        '    b: |-',
        '      two lines',
        '      here',
        '',
      ].join('\n'),
    );
  });
});
