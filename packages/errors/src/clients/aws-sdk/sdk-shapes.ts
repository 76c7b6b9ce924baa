// Structural copies of the few AWS SDK v3 / Smithy shapes the adapter touches, so that neither
// the build nor the published types need @aws-sdk/* installed. They match @smithy/types 4.

/** `$metadata` of an SDK error or output. */
export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  cfId?: string;
  attempts?: number;
  totalRetryDelay?: number;
}

/** The raw HTTP response the SDK keeps on a service error as `$response`. */
export interface SdkHttpResponse {
  statusCode?: number;
  headers?: Record<string, string | undefined>;
}

/** What `client.middlewareStack.use(...)` accepts (Smithy's `Pluggable`). */
export interface SdkPluggable {
  applyToStack(stack: SdkMiddlewareStack): void;
}

export interface SdkMiddlewareStack {
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own signature is generic over any handler
  add(middleware: any, options: Record<string, unknown>): void;
}

/** The SDK's `RetryStrategyV2` and its token. */
export interface SdkRetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}

export interface SdkRetryErrorInfo {
  error?: unknown;
  errorType: 'TRANSIENT' | 'THROTTLING' | 'SERVER_ERROR' | 'CLIENT_ERROR';
  retryAfterHint?: Date;
}

export interface SdkRetryStrategyV2 {
  acquireInitialRetryToken(retryTokenScope: string): Promise<SdkRetryToken>;
  refreshRetryTokenForRetry(token: SdkRetryToken, errorInfo: SdkRetryErrorInfo): Promise<SdkRetryToken>;
  recordSuccess(token: SdkRetryToken): void;
}

/** What an SDK extension sees of the client's retry configuration (Smithy's `RetryStrategyConfiguration`). */
export interface SdkRetryConfiguration {
  retryStrategy(): unknown;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own signature takes any provider
  setRetryStrategy(retryStrategy: any): void;
}

/** What `new S3Client({ extensions: [...] })` accepts (Smithy's `RuntimeExtension`). */
export interface SdkRuntimeExtension {
  configure(configuration: SdkRetryConfiguration): void;
}
