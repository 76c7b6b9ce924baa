// The gate's own checks: what makes `pnpm test:conformance` fail, and the baseline's format.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compare, parseBaseline, parseJunit } from './gate.mjs';

const junit = `<testsuite>
<testcase classname="s3tests.functional.test_s3" name="test_ok" time="1"/>
<testcase classname="s3tests.functional.test_s3" name="test_known" time="1"><failure message="x">x</failure></testcase>
<testcase classname="s3tests.functional.test_headers" name="test_new" time="1"><error message="y">y</error></testcase>
<testcase classname="s3tests.functional.test_s3" name="test_fixed" time="1"></testcase>
<testcase classname="s3tests.functional.test_s3" name="test_skip" time="0"><skipped message="z"/></testcase>
</testsuite>`;
const baseline = parseBaseline(`# comment
test_s3::test_known jss-differs InvalidBucketName (catalog)
test_s3::test_fixed out-of-scope not emulated
test_s3::test_gone test-wrong rgw only
`);

test('a run is read as passed, failed (failure or error) and skipped', () => {
  assert.deepEqual(
    Object.fromEntries(parseJunit(junit)),
    Object.fromEntries([
      ['test_s3::test_ok', 'passed'],
      ['test_s3::test_known', 'failed'],
      ['test_headers::test_new', 'failed'],
      ['test_s3::test_fixed', 'passed'],
      ['test_s3::test_skip', 'skipped'],
    ]),
  );
});

test('a regression, a listed case that passes and a listed case not run each fail the gate', () => {
  const { counts, problems } = compare(parseJunit(junit), baseline);
  assert.deepEqual(counts, { passed: 2, failed: 2, skipped: 1, expected: 1, byKind: { 'jss-differs': 1 } });
  const text = problems.join('\n');
  assert.match(text, /1 case\(s\) failed that the baseline does not expect[^\n]*\n {2}test_headers::test_new/);
  assert.match(text, /1 baseline case\(s\) now pass[^\n]*\n {2}test_s3::test_fixed/);
  assert.match(text, /1 baseline case\(s\) were not run[^\n]*\n {2}test_s3::test_gone/);
  assert.ok(!compare(parseJunit(junit), baseline, { partial: true }).problems.join('\n').includes('test_gone'));
});

test('a run as the baseline expects passes the gate', () => {
  const results = new Map([
    ['test_s3::test_known', 'failed'],
    ['test_s3::test_ok', 'passed'],
  ]);
  const only = parseBaseline('test_s3::test_known jss-differs InvalidBucketName (catalog)');
  assert.deepEqual(compare(results, only).problems, []);
});

test('a malformed baseline line, an unknown kind or a repeated case is a clear error', () => {
  assert.throws(() => parseBaseline('test_s3::test_a jss-differs'), /baseline.txt:1: expected/);
  assert.throws(() => parseBaseline('test_s3::test_a maybe reason'), /kind "maybe" is not one of/);
  assert.throws(() => parseBaseline('test_s3::a test-wrong r\ntest_s3::a test-wrong r'), /listed twice/);
});

test('the committed baseline parses', () => {
  assert.ok(parseBaseline(readFileSync(new URL('baseline.txt', import.meta.url), 'utf8')).size > 0);
});
