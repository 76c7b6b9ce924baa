import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedJson } from '../src/text/shared-json.js';

const json = fc.jsonValue({ maxDepth: 4 });

describe('SharedJson', () => {
  it('gives the bytes of JSON.stringify over the whole document, wherever the shared values sit', () => {
    fc.assert(
      fc.property(json, json, json, fc.nat(3), (a, b, other, depth) => {
        const shared = new SharedJson({ a, b });
        const markers = shared.markers();
        // The same two values at a chosen depth, in a document with data of its own around them.
        const nest = (value: unknown): unknown =>
          Array.from({ length: depth }).reduce<unknown>((inner) => ({ other, inner }), value);
        const withMarkers = { before: other, at: nest({ a: markers.a, list: [other, markers.b] }) };
        const whole = { before: other, at: nest({ a, list: [other, b] }) };
        expect(shared.stringify(withMarkers)).toBe(`${JSON.stringify(whole, null, 2)}\n`);
      }),
    );
  });

  it('serves several documents, each at its own indent', () => {
    const value = { responses: { NoSuchKey: { description: 'line one\nline "two"' } } };
    const shared = new SharedJson({ value });
    const { value: marker } = shared.markers();
    for (const document of [{ value: marker }, { deeper: { still: { value: marker } } }]) {
      const expected = JSON.parse(JSON.stringify(document).replace(JSON.stringify(marker), JSON.stringify(value)));
      expect(shared.stringify(document)).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    }
  });

  it('refuses a document that leaves a shared value out or places it twice', () => {
    const shared = new SharedJson({ value: [1, 2] });
    const { value: marker } = shared.markers();
    expect(() => shared.stringify({ other: 1 })).toThrow(/nowhere/);
    expect(() => shared.stringify({ one: marker, two: marker })).toThrow(/more than once/);
  });
});
