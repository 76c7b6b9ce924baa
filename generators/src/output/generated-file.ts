/** One file an emitter produces, its path relative to the output root (always `/`). */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/**
 * An emitter turns the model into the files of one target. It is pure: no disk, no clock, no
 * environment. `ownedDirs` are the folders whose every file it produces, so the writer can remove
 * files an emitter no longer produces.
 */
export interface Emitter {
  readonly name: string;
  readonly ownedDirs: readonly string[];
  /** Narrows `ownedDirs` when the emitter shares a folder with hand-written files. */
  ownsFile?(path: string): boolean;
  emit(model: import('../model/types.js').CatalogModel): GeneratedFile[];
  /**
   * What only this target requires of the catalog (e.g. OpenAPI's component names), checked on the
   * model by the load stage once the catalog's own rules pass, located in the YAML.
   */
  check?: import('../catalog/target-check.js').TargetCheck;
}
