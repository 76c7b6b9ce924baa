import { readFileSync } from 'node:fs';
import { jssErrorCodes } from '@jss/error-codes';
import { expect, it } from 'vitest';
import { clientTableOf, measureClientTable } from '../../scripts/client-table.mjs';

it('the client table in the README is what the clients do now (regenerate: node scripts/client-table.mjs --write)', async () => {
  const measured = await measureClientTable();
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  // One row per catalog code, measured, and the README holds exactly that.
  expect(measured.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Code'))).toHaveLength(
    jssErrorCodes.length,
  );
  expect(clientTableOf(readme)).toBe(measured);
}, 120_000);
