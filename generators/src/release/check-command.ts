import { parseArgs } from 'node:util';
import { repoContext } from '../diff/context.js';
import { checkChangesets } from './gate.js';

export const CHECK_USAGE = `Usage: pnpm generate check-changeset [--base <ref>] [--root <dir>] [--catalog <file>]

  CI: exit 1 when the catalog changed since the base without changesets of at least the bump
  the change needs. Base: --base, else $JSS_CHANGESET_BASE, else the merge base with main.
`;

export function runCheckChangeset(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { base: { type: 'string' }, root: { type: 'string' }, catalog: { type: 'string' } },
  });
  const ctx = repoContext(values);
  const result = checkChangesets({ ...ctx, base: values.base ?? (process.env.JSS_CHANGESET_BASE || undefined) });
  (result.ok ? process.stdout : process.stderr).write(`${result.lines.join('\n')}\n`);
  return result.ok ? 0 : 1;
}
