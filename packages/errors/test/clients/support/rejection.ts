import type { JssError } from '@jss/errors';

/** What a promise that must fail rejects with; a promise that succeeds fails the test. */
export async function rejection<E = JssError<string>>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('did not fail');
}
