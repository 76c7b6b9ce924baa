/** A problem found in a catalog, located at a line and column (both 1-based). */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** `catalog/errors.yaml:42:7: message`, the shape editors and terminals link to. */
export function formatDiagnostic(d: Diagnostic): string {
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.column}: ${prefix}${d.message}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  // Code-unit order, not localeCompare: the order must not depend on the process locale.
  return a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** Thrown when a catalog has errors; carries every diagnostic, not just the first. */
export class CatalogError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `The catalog has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        diagnostics.map(formatDiagnostic).join('\n'),
    );
    this.name = 'CatalogError';
    this.diagnostics = diagnostics;
  }
}
