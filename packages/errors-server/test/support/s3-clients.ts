import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import * as Minio from 'minio';

const CREDENTIALS = { accessKeyId: 'AKIDCONFORMANCE', secretAccessKey: 'conformance-secret' };

/** The AWS SDK pointed at a local server: path-style, dummy credentials, no retries by default. */
export function awsClient(port: number, extra: Partial<S3ClientConfig> = {}): S3Client {
  return new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
    maxAttempts: 1,
    ...extra,
  });
}

/** minio pointed at a local server: path-style, dummy keys, region set (no location lookup). */
export function minioClient(port: number, options: { retries?: boolean } = {}): Minio.Client {
  return new Minio.Client({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    accessKey: CREDENTIALS.accessKeyId,
    secretKey: CREDENTIALS.secretAccessKey,
    pathStyle: true,
    region: 'us-east-1',
    ...(options.retries ? {} : { retryOptions: { disableRetry: true } }),
  });
}
