/**
 * What an S3 `Resource` says about a placeholder: `/photos/a/b.txt` is bucket `photos`, key
 * `a/b.txt` (path style, as JSS sends it; a query string is not part of either). Undefined for
 * other names, and for what the resource does not have.
 */
export function resourceValue(resource: string, name: string): string | undefined {
  if ((name !== 'bucket' && name !== 'key') || !resource.startsWith('/')) return undefined;
  const query = resource.indexOf('?');
  const path = query === -1 ? resource.slice(1) : resource.slice(1, query);
  const slash = path.indexOf('/');
  const bucket = slash === -1 ? path : path.slice(0, slash);
  const key = slash === -1 ? '' : path.slice(slash + 1);
  // A key without its bucket is no path-style resource: say nothing rather than guess.
  if (bucket === '') return undefined;
  const value = name === 'bucket' ? bucket : key;
  return value === '' ? undefined : value;
}
