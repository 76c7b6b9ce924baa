/** Where a command writes, and the environment it reads; the bin passes the process's. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Exit codes: 0 done; 1 not found (an unknown code, nothing listed, a missing optional package) or
 * failed (an endpoint refused the probe's set-up); 2 misuse.
 */
export const EXIT = { ok: 0, notFound: 1, failed: 1, usage: 2 } as const;
