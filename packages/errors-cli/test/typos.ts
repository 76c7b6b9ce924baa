import { jssErrorCodes } from './catalog.js';

/** A typo: two neighbouring letters swapped in the middle. */
const swapped = (code: string) => {
  const i = Math.floor(code.length / 2);
  return code.slice(0, i - 1) + code[i] + code[i - 1] + code.slice(i + 1);
};

/** A typo of each code, for every code whose typo is not itself a code. */
export function typosOfEveryCode(): { code: string; typo: string }[] {
  const typos = jssErrorCodes
    .map((code) => ({ code, typo: swapped(code) }))
    .filter(({ typo }) => !jssErrorCodes.some((c) => c.toLowerCase() === typo.toLowerCase()));
  if (typos.length === 0) throw new Error('no code has a typo that is not a code');
  return typos;
}
