// Building an error response against JSON.stringify of the same error object (the baseline an
// app would otherwise write), measured in the same run. The bound: XML at most 2x.
import { NoSuchKeyError } from '@jss/errors';
import { toErrorResponse } from '@jss/errors-server';
import { afterAll, bench, describe } from 'vitest';

const error = new NoSuchKeyError({
  key: 'photos/2024/cat.jpg',
  resource: '/photos/2024/cat.jpg',
  requestId: '4442587FB7D0A2F9',
});
const options = {
  requestId: '4442587FB7D0A2F9',
  hostId: 'Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTW',
  resource: '/photos/2024/cat.jpg',
};
const asJson = { ...options, accept: 'application/json' };
const asProblem = { ...options, accept: 'application/problem+json' };
const asAxios = { ...options, accept: 'application/json, text/plain, */*' };
const withoutIds = new NoSuchKeyError({ key: 'photos/2024/cat.jpg', resource: '/photos/2024/cat.jpg' });
let sink: unknown;

describe('XML error response vs JSON.stringify(error)', () => {
  bench('baseline: JSON.stringify(error)', () => {
    sink = JSON.stringify(error);
  });
  bench('toErrorResponse(error) → XML', () => {
    sink = toErrorResponse(error, options);
  });
});

describe('other formats and a generated request id, vs the same baseline', () => {
  bench('baseline: JSON.stringify(error)', () => {
    sink = JSON.stringify(error);
  });
  bench('toErrorResponse(error) → JSON', () => {
    sink = toErrorResponse(error, asJson);
  });
  bench('toErrorResponse(error) → problem+json', () => {
    sink = toErrorResponse(error, asProblem);
  });
  bench('toErrorResponse(error) → JSON, Accept parsed (axios)', () => {
    sink = toErrorResponse(error, asAxios);
  });
  bench('toErrorResponse(error) → XML, new request and host ids', () => {
    sink = toErrorResponse(withoutIds);
  });
});

// The sink is read after the run, so no side is dead code to the optimiser.
afterAll(() => {
  if ((sink as unknown) === Symbol.for('never')) console.log(sink);
});
