import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import * as Minio from 'minio';

export const CREDENTIALS = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };

/** The real AWS SDK pointed at the stand-in, path-style; retries off unless asked. */
export function awsClient(mock: { readonly url: string }, maxAttempts = 1, more: S3ClientConfig = {}): S3Client {
  return new S3Client({
    ...more,
    endpoint: mock.url,
    region: 'us-east-1',
    forcePathStyle: true,
    maxAttempts,
    credentials: CREDENTIALS,
  });
}

/** The real minio-js client pointed at the stand-in (path-style, as minio does for an IP). */
export function minioClient(endpoint: { port: number }): Minio.Client {
  return new Minio.Client({
    endPoint: '127.0.0.1',
    port: endpoint.port,
    useSSL: false,
    accessKey: CREDENTIALS.accessKeyId,
    secretKey: CREDENTIALS.secretAccessKey,
    region: 'us-east-1',
    pathStyle: true,
    retryOptions: { disableRetry: true },
  });
}

/** The fields the tests read from a client's error: the AWS SDK's, or minio-js's (code, resource). */
export interface ClientError extends Error {
  readonly $metadata: { readonly httpStatusCode?: number; readonly requestId?: string };
  readonly $fault?: string;
  /** The raw response the AWS SDK keeps on its error (headers lower-cased). */
  readonly $response?: { statusCode: number; headers: Record<string, string> };
  readonly Resource?: string;
  readonly RequestId?: string;
  readonly statusCode?: string;
  readonly code?: string;
  readonly resource?: string;
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise;
  } catch (error) {
    return error as ClientError;
  }
  throw new Error('expected the call to fail');
}
