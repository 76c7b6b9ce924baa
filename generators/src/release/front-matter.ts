import { type Bump, isBump } from './bump.js';

export interface ChangesetEntry {
  readonly file: string;
  readonly releases: ReadonlyMap<string, Bump>;
}

export class FrontMatterError extends Error {}

/**
 * The package → bump lines between a changeset's `---` fences. Parsed here, not with a YAML
 * library: the format is one `"name": bump` a line and anything else is a mistake to report.
 */
export function parseChangeset(file: string, text: string): ChangesetEntry {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') throw new FrontMatterError(`${file}:1: a changeset starts with a --- line`);
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) throw new FrontMatterError(`${file}: the front matter has no closing --- line`);
  const releases = new Map<string, Bump>();
  for (let i = 1; i < end; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:"([^"]+)"|'([^']+)'|([^\s:'"]+))\s*:\s*(\S+)$/.exec(line);
    const name = match?.[1] ?? match?.[2] ?? match?.[3];
    const bump = match?.[4];
    if (!name || !bump || !isBump(bump))
      throw new FrontMatterError(
        `${file}:${i + 1}: expected \`"package": major|minor|patch|none\`, got ${JSON.stringify(line)}`,
      );
    releases.set(name, bump);
  }
  return { file, releases };
}
