import { formatJssError, type JssLocaleFallback, type JssMessageBundle } from '@jss/errors-i18n';
import en from '@jss/errors-i18n/locales/en';
import zh from '@jss/errors-i18n/locales/zh';
import { describe, expect, it } from 'vitest';

function format(locale: string | readonly string[] | undefined, bundles: readonly JssMessageBundle[]) {
  const fallbacks: JssLocaleFallback[] = [];
  const text = formatJssError('NoSuchBucket', {
    locale,
    bundles,
    params: { bucket: 'b' },
    onFallback: (fallback) => fallbacks.push(fallback),
  });
  return { text, fallbacks };
}

describe('onFallback', () => {
  it('tells which locale was used when the one asked for is not at hand', () => {
    const zhOnly = format('en-US', [zh]);
    expect(zhOnly.text).toBe('指定的 Bucket b 不存在。');
    expect(zhOnly.fallbacks).toEqual([{ requested: 'en-US', locale: 'zh' }]);
    const enOnly = format('zh-CN,zh;q=0.9', [en]);
    expect(enOnly.text).toBe('The bucket b does not exist.');
    expect(enOnly.fallbacks).toEqual([{ requested: 'zh-CN,zh;q=0.9', locale: 'en' }]);
    expect(format(['fr', 'de'], [en, zh]).fallbacks).toEqual([{ requested: ['fr', 'de'], locale: 'en' }]);
  });

  it('is called on every fallback, also when the choice is remembered from the call before', () => {
    const bundles = [zh];
    expect(format('fr', bundles).fallbacks).toHaveLength(1);
    expect(format('fr', bundles).fallbacks).toHaveLength(1);
  });

  it('is not called when the locale matches, is accepted by `*`, or none was asked for', () => {
    expect(format('zh', [en, zh]).fallbacks).toEqual([]);
    expect(format('zh-Hans-CN', [en, zh]).fallbacks).toEqual([]);
    expect(format('en-GB, fr;q=0.5', [en, zh]).fallbacks).toEqual([]);
    expect(format('fr, *;q=0.1', [zh]).fallbacks).toEqual([]);
    expect(format(undefined, [zh]).fallbacks).toEqual([]);
    expect(format('', [zh]).fallbacks).toEqual([]);
    expect(format([], [zh]).fallbacks).toEqual([]);
  });
});
