import { describe, expect, it } from 'vitest';
import { bundleApp } from '../bench/app-bundle.mjs';

// Han ideographs and CJK punctuation (。，：（）): any Chinese text at all, as characters or as
// the \u escapes a bundler may write them as.
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]|\\u(30[0-3]|[4-9][0-9a-f]|ff)[0-9a-f]{2}/i;

describe('an app bundle holds only the locales it imports', () => {
  it('formatter + en: English text, no Chinese character', async () => {
    const { code } = await bundleApp(['en']);
    expect(code).toContain('The bucket {bucket} does not exist.');
    expect(code).not.toMatch(CHINESE);
  });

  it('formatter + zh: Chinese text, no English message', async () => {
    const { code } = await bundleApp(['zh']);
    expect(code).toContain('指定的 Bucket {bucket} 不存在。');
    expect(code).not.toContain('does not exist');
  });

  it('formatter + en + zh: both', async () => {
    const { code } = await bundleApp(['en', 'zh']);
    expect(code).toContain('The bucket {bucket} does not exist.');
    expect(code).toMatch(CHINESE);
  });
});
