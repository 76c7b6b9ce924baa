import { errorInfo, jssErrorCodes, type JssParamWire } from '@jss/error-codes';
import { errorClasses, InvalidRangeError, type JssError, SignatureDoesNotMatchError } from '@jss/errors';
import { describe, expect, expectTypeOf, it } from 'vitest';

/** A value of a param's catalog type. */
const sample = (type: string, i: number) => (type === 'integer' ? 1000 + i : `value-${i}`);

describe('the details a code carries are fields of its class', () => {
  it('every param the wire carries is an option and a field, with its catalog type', () => {
    let checked = 0;
    for (const code of jssErrorCodes) {
      const { params, wire } = errorInfo[code] as {
        params: Record<string, string>;
        wire: Record<string, JssParamWire>;
      };
      const names = Object.keys(wire);
      if (names.length === 0) continue;
      const options = Object.fromEntries(names.map((name, i) => [name, sample(params[name]!, i)]));
      const ErrorClass = errorClasses[code] as unknown as new (options: object) => JssError<string>;
      const error = new ErrorClass(options) as unknown as Record<string, unknown> & JssError<string>;
      for (const name of names) {
        expect(error[name], `${code}.${name}`).toBe(options[name]);
        expect(typeof error[name]).toBe(params[name] === 'integer' ? 'number' : 'string');
        checked++;
      }
      // They travel with the error's other params (logs, JSON).
      expect(error.params).toMatchObject(options);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('are typed on the class', () => {
    const range = new InvalidRangeError({ range: 'bytes=10-20', actualObjectSize: 5, contentRange: 'bytes */5' });
    expectTypeOf(range.actualObjectSize).toEqualTypeOf<number | undefined>();
    expectTypeOf(range.contentRange).toEqualTypeOf<string | undefined>();
    expectTypeOf(new SignatureDoesNotMatchError().stringToSign).toEqualTypeOf<string | undefined>();
    // @ts-expect-error: an integer field takes a number
    new InvalidRangeError({ actualObjectSize: '5' });
  });
});
