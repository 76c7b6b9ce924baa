import { errorInfo, jssErrorCodes, type JssParamWire } from '@jss/error-codes';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('errorInfo[code].wire: where the wire carries a param', () => {
  it('lists only declared params, each with an element or a header, none shared within a code', () => {
    let carried = 0;
    for (const code of jssErrorCodes) {
      const { params, wire } = errorInfo[code];
      const places = new Set<string>();
      for (const [name, where] of Object.entries(wire) as [string, JssParamWire][]) {
        carried++;
        expect(Object.keys(params), `${code}.${name}`).toContain(name);
        expect(where.element ?? where.header, `${code}.${name}`).toBeTypeOf('string');
        for (const place of [`element:${where.element}`, `header:${where.header?.toLowerCase()}`]) {
          if (place.endsWith(':undefined')) continue;
          expect(places.has(place), `${code} ${place} twice`).toBe(false);
          places.add(place);
        }
      }
    }
    expect(carried).toBeGreaterThan(0);
  });

  it('gives every code answered with 416 a Content-Range header (RFC 9110 asks one of a 416)', () => {
    const codes = jssErrorCodes.filter((code) => errorInfo[code].httpStatus === 416);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const headers = Object.values(errorInfo[code].wire as Record<string, JssParamWire>).map((w) =>
        w.header?.toLowerCase(),
      );
      expect(headers, code).toContain('content-range');
    }
  });

  it('is typed', () => {
    expectTypeOf(errorInfo.InvalidRange.wire).toExtend<Readonly<Record<string, JssParamWire>>>();
    expectTypeOf<JssParamWire>().toEqualTypeOf<{ readonly element?: string; readonly header?: string }>();
  });
});
