import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearestCodes } from '../src/suggest.js';

/** Short words over a small alphabet, so random pairs share letters and swaps are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 });

/** The distance by its definition, for small inputs: the cheapest of the edits at the end. */
function byDefinition(a: string, b: string): number {
  if (a === '') return b.length;
  if (b === '') return a.length;
  const [x, y] = [a.slice(0, -1), b.slice(0, -1)];
  let best = Math.min(
    byDefinition(x, b) + 1,
    byDefinition(a, y) + 1,
    byDefinition(x, y) + (a.at(-1) === b.at(-1) ? 0 : 1),
  );
  if (a.length > 1 && b.length > 1 && a.at(-1) === b.at(-2) && a.at(-2) === b.at(-1)) {
    best = Math.min(best, byDefinition(a.slice(0, -2), b.slice(0, -2)) + 1);
  }
  return best;
}

describe('editDistance', () => {
  it('agrees with the definition of the optimal string alignment distance', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b)).toBe(byDefinition(a, b));
      }),
    );
  });

  it('counts a swap of two neighbouring letters as one edit, like one insertion, deletion or change', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 30 }), fc.nat(), (text, at) => {
        const i = 1 + (at % (text.length - 1));
        fc.pre(text[i] !== text[i - 1]);
        const swapped = text.slice(0, i - 1) + text[i] + text[i - 1] + text.slice(i + 1);
        expect(editDistance(text, swapped)).toBe(1);
        expect(editDistance(text, `${text.slice(0, i)}x${text.slice(i)}`)).toBe(1);
        expect(editDistance(text, text.slice(0, i) + text.slice(i + 1))).toBe(1);
      }),
    );
  });

  it('is zero only between equal texts, symmetric, and at most the longer length', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('nearestCodes', () => {
  const index = { nosuchbucket: 'NoSuchBucket', nosuchkey: 'NoSuchKey', nosuchupload: 'NoSuchUpload' };

  it('puts the code one swap away before codes further off', () => {
    expect(nearestCodes('NoSuchBukcet', index)[0]).toBe('NoSuchBucket');
    expect(nearestCodes('nosuchkye', index)[0]).toBe('NoSuchKey');
  });

  it('suggests nothing for text near no code, or longer than any code could be near', () => {
    expect(nearestCodes('Teapot', index)).toEqual([]);
    expect(nearestCodes('x'.repeat(201), { [`${'x'.repeat(200)}`]: 'Long' })).toEqual([]);
  });
});
