/** The bundle of an app importing the formatter and `locales`, minified, with its sizes in bytes. */
export declare function bundleApp(
  locales: readonly string[],
): Promise<{ code: string; minified: number; gzip: number }>;
