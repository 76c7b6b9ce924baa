import { jssLocales, negotiateLocale, type LocaleInput } from '@jss/errors-i18n';
import { describe, expect, it } from 'vitest';

/** [input, expected, why] */
const TABLE: ReadonlyArray<readonly [LocaleInput, string, string]> = [
  ['en', 'en', 'exact'],
  ['en-US', 'en', 'region of a supported language'],
  ['en-GB', 'en', 'region of a supported language'],
  ['zh', 'zh', 'exact'],
  ['zh-CN', 'zh', 'Simplified by region'],
  ['zh-SG', 'zh', 'Singapore writes Simplified'],
  ['zh-MY', 'zh', 'Malaysia writes Simplified'],
  ['zh-Hans', 'zh', 'Simplified by script'],
  ['zh-Hans-CN', 'zh', 'script and region'],
  ['ZH-cn', 'zh', 'tags are case-insensitive'],
  ['cmn-Hans-CN', 'zh', 'Mandarin is canonicalized to zh'],
  ['zh-cmn-Hans', 'zh', 'extended language subtag'],
  ['zh_CN.UTF-8', 'zh', 'a POSIX locale name, as in $LANG'],
  ['zh-TW', 'zh', 'Traditional, nothing else offered: Simplified beats English'],
  ['zh-HK', 'zh', 'Traditional, nothing else offered'],
  ['zh-Hant', 'zh', 'Traditional, nothing else offered'],
  ['zh-Hant-TW', 'zh', 'Traditional, nothing else offered'],
  ['zh-TW,en;q=0.8', 'en', 'Traditional with English accepted: English'],
  ['zh-HK, en-US;q=0.9, zh-CN;q=0.5', 'en', 'English is preferred over Simplified here'],
  ['zh-TW, zh-CN;q=0.5', 'zh', 'Traditional, then Simplified accepted'],
  ['zh-CN,zh;q=0.9,en;q=0.8', 'zh', 'a Chinese browser'],
  ['en-US,en;q=0.9,zh-CN;q=0.8', 'en', 'an English browser with Chinese'],
  ['en;q=0.1, zh;q=0.9', 'zh', 'weights, not order, decide'],
  ['de-DE, zh;q=0.5', 'zh', 'unsupported first choice, supported second'],
  ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'en', 'the MDN example'],
  ['zh;q=0, zh-TW', 'en', 'q=0 refuses zh, even as a weak match'],
  ['en;q=0, *', 'zh', '* accepts anything not refused'],
  ['*, en;q=0', 'zh', '* accepts anything not refused, whatever the order'],
  ['en;q=0, ja', 'zh', 'nothing matches: the first supported locale not refused'],
  ['en;q=0', 'zh', 'only a refusal: the first supported locale not refused'],
  ['en;q=0, zh;q=0', 'en', 'every locale refused: the source locale'],
  ['zh;q=0, en;q=0, *', 'en', 'every locale refused, * accepted: the source locale'],
  ['*;q=0', 'en', '*;q=0 refuses everything: the source locale'],
  ['en;q=0, *;q=0', 'en', 'en and everything else refused: the source locale'],
  ['zh, *;q=0', 'zh', '*;q=0 does not refuse what another range accepts'],
  ['zh-TW, *;q=0', 'zh', '*;q=0 keeps a weak match of an accepted range'],
  ['zh-CN;q=0, zh', 'zh', 'refusing zh-CN does not refuse the broader zh accepted with q=1'],
  ['zh, zh-CN;q=0', 'zh', 'refusing zh-CN does not refuse zh, whatever the order'],
  ['zh-Hans-CN;q=0, zh', 'zh', 'a narrower refusal, script and region'],
  ['zh-CN;q=0', 'en', 'refusing zh-CN alone: nothing accepted, the source locale'],
  ['zh-Hans;q=0, zh', 'en', 'zh-Hans names Simplified Chinese, which zh is: refused'],
  ['zh-TW;q=0, zh', 'zh', 'refusing Traditional does not refuse Simplified'],
  ['en-US;q=0, en', 'en', 'refusing a region of English does not refuse English'],
  ['en-GB, en-US;q=0', 'en', 'British English accepted, American refused: en'],
  ['en;q=0, en-GB', 'zh', 'a refused language is not accepted back by a narrower range'],
  ['ja', 'en', 'unsupported: the source locale'],
  ['*', 'en', 'any: the source locale'],
  ['', 'en', 'empty header'],
  ['   ', 'en', 'blank header'],
  [',,,;;;', 'en', 'malformed: only separators'],
  ['en;q=abc, zh', 'zh', 'malformed weight: that range is skipped'],
  ['zh;q=2, en', 'en', 'weight out of range: that range is skipped'],
  ['123, zh-CN', 'zh', 'malformed tag: skipped'],
  ['zh\r\nX-Injected: 1', 'en', 'header injection is just a malformed tag'],
  [`${'x-'.repeat(40)}zh`, 'en', 'an over-long tag'],
  [`${'de,'.repeat(40)}zh`, 'en', 'only the first 32 ranges are read'],
  [['zh-CN', 'en'], 'zh', 'a list, as navigator.languages'],
  [['fr', 'zh-TW', 'en'], 'en', 'a list: Traditional, then English'],
  [['zh-TW'], 'zh', 'a list of one Traditional tag'],
  [[], 'en', 'an empty list'],
  [null, 'en', 'null'],
  [undefined, 'en', 'undefined'],
];

describe('negotiateLocale', () => {
  it.each(TABLE)('%j → %s (%s)', (input, expected) => {
    expect(negotiateLocale(input)).toBe(expected);
  });

  it('never throws on what a JavaScript caller might pass', () => {
    for (const input of [42, {}, [1, null, 'zh'], Symbol('zh'), () => 'zh'] as unknown[]) {
      expect(jssLocales).toContain(negotiateLocale(input as LocaleInput));
    }
    expect(negotiateLocale([1, null, 'zh'] as unknown as string[])).toBe('zh');
  });

  it('negotiates against any list of supported locales', () => {
    expect(negotiateLocale('pt-BR', ['en', 'pt-PT', 'pt-BR'])).toBe('pt-BR');
    expect(negotiateLocale('pt', ['en', 'pt-BR'])).toBe('pt-BR');
    expect(negotiateLocale('zh-TW', ['en', 'zh', 'zh-Hant'])).toBe('zh-Hant');
    expect(negotiateLocale('zh-CN', ['en', 'zh', 'zh-Hant'])).toBe('zh');
    expect(negotiateLocale('ja', ['fr', 'de'])).toBe('fr');
  });

  it('never picks a refused locale from any list while another is left', () => {
    expect(negotiateLocale('pt-BR;q=0, pt', ['en', 'pt-BR', 'pt-PT'])).toBe('pt-PT');
    expect(negotiateLocale('pt;q=0, pt-BR', ['en', 'pt-BR'])).toBe('en');
    expect(negotiateLocale('fr;q=0', ['fr', 'de'])).toBe('de');
    expect(negotiateLocale('fr;q=0, de;q=0', ['fr', 'de'])).toBe('fr');
    expect(negotiateLocale('en;q=0', ['en'])).toBe('en');
    expect(negotiateLocale('zh-CN;q=0, zh', ['en', 'zh-CN', 'zh-TW'])).toBe('zh-TW');
    expect(negotiateLocale('zh;q=0, zh-TW', ['en', 'zh', 'zh-Hant'])).toBe('en');
    expect(negotiateLocale('zh-Hant;q=0, zh-TW', ['en', 'zh', 'zh-Hant'])).toBe('zh');
  });

  it('refuses an empty supported list: that is a programming error', () => {
    expect(() => negotiateLocale('en', [])).toThrow(
      new TypeError('negotiateLocale: `supported` must list at least one locale'),
    );
  });

  it('gives the same answer from its cache', () => {
    const header = 'zh-TW,en;q=0.8';
    expect([negotiateLocale(header), negotiateLocale(header), negotiateLocale(header.split(','))]).toEqual([
      'en',
      'en',
      'en',
    ]);
  });
});

describe('negotiateLocale on hostile input', () => {
  it('reads dots or @ followed by a line break as a malformed range, whatever its length', () => {
    for (const breakChar of ['\n', '\r', '\u2028', '\u2029']) {
      expect(negotiateLocale(`${'.'.repeat(100_000)}${breakChar}x`)).toBe('en');
      expect(negotiateLocale(`${'@'.repeat(100_000)}${breakChar}x`, ['zh', 'en'])).toBe('en');
      expect(negotiateLocale(`zh-CN${'.'.repeat(100_000)}${breakChar}x`)).toBe('zh');
    }
  });

  it('still reads POSIX names', () => {
    expect(negotiateLocale('zh_CN.UTF-8')).toBe('zh');
    expect(negotiateLocale('zh_CN@pinyin.UTF-8')).toBe('zh');
    expect(negotiateLocale('en_US.UTF-8@euro', ['zh', 'en'])).toBe('en');
  });

  it('answers long inputs as short ones, also once more distinct inputs were seen than it caches', () => {
    const padding = ','.repeat(2_000);
    for (let i = 0; i < 600; i++) {
      const locale = i % 2 === 0 ? 'zh' : 'en';
      expect(negotiateLocale(`${locale};q=0.${(i % 9) + 1}${padding}x${i}`)).toBe(locale);
      expect(negotiateLocale(`${locale}-x-${i}`)).toBe(locale);
    }
    expect(negotiateLocale('zh-TW, en;q=0.8')).toBe('en');
  });
});
