import { lstatSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { OutputError } from './output-error.js';

/**
 * Refuses any path under the output root whose folders leave the root through a symbolic link,
 * so the writer never writes or deletes in a tree it was not pointed at. A link that stays inside
 * the root is followed. The root itself may be a link (`--out` is resolved like any path).
 */
export class PathGuard {
  private readonly checked = new Map<string, 'folder' | 'missing'>();
  private realRoot: string | undefined;

  constructor(private readonly outDir: string) {}

  /** Throws unless every folder on the way to `path` is a folder inside the root (or absent). */
  check(path: string): void {
    const segments = path.split('/');
    for (let end = 1; end < segments.length; end++) {
      const folder = segments.slice(0, end).join('/');
      const known = this.checked.get(folder);
      if (known === 'missing') return;
      if (known === 'folder') continue;
      const state = this.inspect(folder);
      this.checked.set(folder, state);
      if (state === 'missing') return;
    }
  }

  private inspect(folder: string): 'folder' | 'missing' {
    const full = join(this.outDir, folder);
    const stat = lstatSync(full, { throwIfNoEntry: false });
    if (stat === undefined) return 'missing';
    if (stat.isSymbolicLink()) {
      const target = this.realTarget(full, folder);
      const root = this.root();
      if (target !== root && !target.startsWith(root + sep)) {
        throw new OutputError(
          `${folder} in the output root ${root} is a symbolic link to ${target}, outside the root. The ` +
            'generator never writes or deletes through such a link: replace it with a folder. Nothing was changed.',
        );
      }
      return this.inspectTarget(target, folder);
    }
    if (!stat.isDirectory()) throw notAFolder(folder, this.root());
    return 'folder';
  }

  private inspectTarget(target: string, folder: string): 'folder' {
    if (!lstatSync(target).isDirectory()) throw notAFolder(folder, this.root());
    return 'folder';
  }

  private realTarget(full: string, folder: string): string {
    try {
      return realpathSync(full);
    } catch {
      throw new OutputError(
        `${folder} in the output root ${this.root()} is a symbolic link that leads nowhere: replace it with a ` +
          'folder. Nothing was changed.',
      );
    }
  }

  private root(): string {
    this.realRoot ??= realpathSync(this.outDir);
    return this.realRoot;
  }
}

function notAFolder(folder: string, root: string): OutputError {
  return new OutputError(
    `${folder} in the output root ${root} is a file, but generated files go inside it. Nothing was changed.`,
  );
}
