import type { CatalogModel } from '../model/types.js';
import type { GeneratedFile } from '../output/generated-file.js';
import { withHeader } from '../output/header.js';
import { type Piece, printModule } from '../ts/code.js';

/** A generated TypeScript module: the header, then the statements printed by the one printer. */
export function tsFile(model: CatalogModel, path: string, statements: readonly Piece[]): GeneratedFile {
  return { path, content: withHeader('ts', model.catalogFile, printModule(statements)) };
}
