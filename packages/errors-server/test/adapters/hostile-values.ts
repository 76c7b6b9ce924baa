import { NoSuchKeyError } from '@jss/errors';

/** A secret every hostile value carries; it must never reach a client. */
export const SECRET = 'PROXY-TRAP-SECRET hunter2 at /srv/app/db.js';

function throwSecret(): never {
  throw new Error(SECRET);
}

/** Thrown values whose property reads throw (review rows 19 and 20, D3). */
export const HOSTILE_VALUES: readonly { name: string; make: () => unknown; isError: boolean }[] = [
  {
    name: 'a revoked Proxy',
    make: () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
    isError: false,
  },
  { name: 'a Proxy whose get trap throws', make: () => new Proxy({}, { get: throwSecret }), isError: false },
  {
    name: 'a Proxy of an Error whose get trap throws',
    make: () => new Proxy(new Error('wrapped'), { get: throwSecret }),
    isError: true,
  },
  {
    name: 'a JssError whose httpStatus getter throws',
    make: () => Object.defineProperty(new NoSuchKeyError(), 'httpStatus', { get: throwSecret }),
    isError: true,
  },
  {
    name: 'a JssError whose message getter throws',
    make: () => Object.defineProperty(new NoSuchKeyError(), 'message', { get: throwSecret }),
    isError: true,
  },
];
