// The JSS stand-in of @jss/errors-testing. That package depends on @jss/errors, so it cannot be
// a dependency here (turbo refuses cycles): its BUILT package is loaded from the workspace.
import type { JssErrorCodeName } from '@jss/error-codes';

export interface MockRule {
  readonly operation?: string;
  readonly answer: {
    readonly code?: JssErrorCodeName;
    readonly retryAfter?: number | null;
    readonly inside200?: boolean;
  };
}

export interface JssMock {
  readonly url: string;
  readonly requests: readonly { readonly operation?: string }[];
  use(...rules: MockRule[]): void;
  reset(): void;
  putObject(bucket: string, key: string, body: string): void;
  close(): Promise<void>;
}

const mockModule = new URL('../../../../errors-testing/dist/index.js', import.meta.url).href;
const mock = (await import(mockModule)) as {
  startJssMock: (options?: { buckets?: readonly string[] }) => Promise<JssMock>;
};
export const startJssMock: (options?: { buckets?: readonly string[] }) => Promise<JssMock> = mock.startJssMock;
