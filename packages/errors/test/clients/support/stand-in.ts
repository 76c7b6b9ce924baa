// The stand-in (@jss/errors-testing) for the client tests. It depends on @jss/errors, so it cannot
// be a dependency here (turbo refuses cycles): its BUILT package is loaded from the workspace.
import type { JssErrorCodeName } from '@jss/error-codes';

/** The part of a stand-in rule these tests write. */
export interface StandInRule {
  readonly operation?: string | readonly string[];
  readonly bucket?: string;
  readonly key?: string;
  readonly call?: { readonly first: number } | { readonly nth: number };
  readonly answer: {
    readonly code?: JssErrorCodeName;
    readonly variant?: string;
    readonly retryAfter?: number | null;
    readonly inside200?: boolean;
  };
}

/** What the tests read back: the operation and status of each request received. */
export interface StandIn {
  readonly url: string;
  readonly requests: readonly { readonly operation: string; readonly status: number | undefined }[];
  calls(operation?: string): readonly { readonly operation: string; readonly status: number | undefined }[];
  use(...rules: StandInRule[]): void;
  reset(): void;
  createBucket(name: string): void;
  putObject(bucket: string, key: string, body: string): void;
  close(): Promise<void>;
}

const standInModule = new URL('../../../../errors-testing/dist/index.js', import.meta.url).href;
const { startJssMock } = (await import(standInModule)) as {
  startJssMock: (options: { buckets?: readonly string[] }) => Promise<StandIn>;
};

/** Starts the stand-in with the given buckets; close it in `afterAll`. */
export const startStandIn = (buckets: readonly string[]): Promise<StandIn> => startJssMock({ buckets });
