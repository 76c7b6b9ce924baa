import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { Client } from 'minio';

/** An AWS SDK S3 client for the test server: path-style, dummy credentials. */
export function awsClient(endpoint: string, config: Partial<S3ClientConfig> = {}): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    ...config,
  });
}

/** A minio client for the test server, minio's own retries off (the tests count requests). */
export function minioClient(endpoint: string): Client {
  return new Client({
    endPoint: '127.0.0.1',
    port: Number(new URL(endpoint).port),
    useSSL: false,
    pathStyle: true,
    region: 'us-east-1',
    accessKey: 'AKIDTEST',
    secretKey: 'secret',
    retryOptions: { disableRetry: true },
  });
}
