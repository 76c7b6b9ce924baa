import { type JssMock, type MockRule, startJssMock } from '@jss/errors-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let mock: JssMock;
beforeAll(async () => {
  mock = await startJssMock({ buckets: ['photos'] });
});
afterAll(() => mock.close());

/** Which of 60 GETs the rule answered, as a string of x and . */
async function sequence(rule: MockRule): Promise<string> {
  mock.reset();
  mock.use(rule);
  mock.putObject('photos', 'k', 'v');
  let marks = '';
  for (let i = 0; i < 60; i++) {
    const res = await fetch(`${mock.url}/photos/k`);
    await res.arrayBuffer();
    marks += res.status === 503 ? 'x' : '.';
  }
  return marks;
}

const rule = (seed: number, probability = 0.3): MockRule => ({
  operation: 'GetObject',
  probability,
  seed,
  answer: { code: 'ServiceUnavailable' },
});

describe('probability rules', () => {
  it('the same seed gives the same sequence; another seed another', async () => {
    const first = await sequence(rule(42));
    expect(await sequence(rule(42))).toBe(first);
    expect(await sequence(rule(43))).not.toBe(first);
    // Some answered and some not: the draw really decides.
    expect(first).toMatch(/x/);
    expect(first).toMatch(/\./);
  });

  it('answers about the given fraction', async () => {
    const marks = await sequence(rule(7, 0.5));
    const answered = [...marks].filter((m) => m === 'x').length;
    expect(answered).toBeGreaterThan(15);
    expect(answered).toBeLessThan(45);
  });

  it('probability 0 never answers, 1 always', async () => {
    expect(await sequence(rule(1, 0))).toBe('.'.repeat(60));
    expect(await sequence(rule(1, 1))).toBe('x'.repeat(60));
  });

  it('the mock seed seeds rules without their own, reproducibly across mocks', async () => {
    const run = async () => {
      const seeded = await startJssMock({
        seed: 99,
        buckets: ['b'],
        rules: [{ probability: 0.5, answer: { code: 'SlowDown' } }],
      });
      let marks = '';
      for (let i = 0; i < 30; i++) {
        const res = await fetch(`${seeded.url}/b/k`, { method: 'PUT', body: 'x' });
        await res.arrayBuffer();
        marks += res.status === 400 ? 'x' : '.';
      }
      await seeded.close();
      return marks;
    };
    const a = await run();
    expect(await run()).toBe(a);
  });
});
