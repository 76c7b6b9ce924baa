import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./fixtures/register-from-commonjs.cjs', import.meta.url));

describe('CommonJS', () => {
  it('takes require() of a locale module as it is, in registerJssMessages and in bundles', () => {
    // A real CommonJS file run by node against the built package, as a user's app runs.
    const out = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as Record<string, string>;
    expect(out.zh).toBe('指定的 Bucket photos 不存在。');
    expect(out.en).toBe('The bucket photos does not exist.');
    expect(out.passed).toBe('指定的 Bucket logs 不存在。');
    expect(out.defaultExport).toBe('指定的 Bucket x 不存在。');
    expect(out.refused).toContain("require('@jss/errors-i18n/locales/en')");
  });
});
