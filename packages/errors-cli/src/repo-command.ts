import { type CliIo, EXIT } from './io.js';

/** `diff` and `changeset` compare catalog versions: they need the catalog repository, not the package. */
export function repoCommand(name: string, io: CliIo): number {
  io.stderr.write(
    `jss-errors ${name} runs in the catalog repository (jss-errors), where it reads catalog/errors.yaml and its history:\n` +
      `  pnpm jss-errors ${name}\n` +
      'The published CLI explains and lists codes; see jss-errors --help.\n',
  );
  return EXIT.usage;
}
