import { bodilessCodeFor, codeForOperationStatus, s3Operations, type S3OperationName } from '@jss/error-codes';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('S3 operation names', () => {
  it('name every operation the catalog gives a bodiless default for', () => {
    const known = new Set<string>(s3Operations);
    for (const operation of Object.keys(codeForOperationStatus)) expect(known, operation).toContain(operation);
  });

  it('make a typo in a literal operation a compile error and take any string', () => {
    expectTypeOf<(typeof s3Operations)[number]>().toEqualTypeOf<S3OperationName>();
    expect(bodilessCodeFor(404, 'HeadBucket')).toBe(codeForOperationStatus.HeadBucket?.[404] ?? bodilessCodeFor(404));
    // @ts-expect-error: 'HeadBuckt' is not an S3 operation
    expect(bodilessCodeFor(404, 'HeadBuckt')).toBe(bodilessCodeFor(404));
    const fromRunTime: string = ['HeadBucket'][0] as string;
    expect(bodilessCodeFor(404, fromRunTime)).toBe(bodilessCodeFor(404, 'HeadBucket'));
  });
});
