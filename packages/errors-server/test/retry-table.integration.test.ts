import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { probeRetries, renderRetryTable, retryTableOf, type RetryRow } from '../scripts/retry-probe.mjs';

describe('retry behaviour of real clients', () => {
  let rows: RetryRow[];
  const row = (code: string) => rows.find((r) => r.code === code);

  beforeAll(async () => {
    rows = await probeRetries();
  }, 60_000);

  it('matches the table in the README (regenerate: pnpm --filter @jss/errors-server retry-table)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(retryTableOf(readme)).toBe(renderRetryTable(rows));
  });

  it('has the AWS SDK throttle SlowDown at 400 by its name and honour Retry-After; minio does not retry it', () => {
    expect(row('SlowDown')).toMatchObject({
      status: 400,
      awsSees: 'throttling',
      awsAttempts: 3,
      awsWaits: 'Retry-After',
      minioAttempts: 1,
      minioReports: 'the code',
    });
  });

  it('has both clients retry InternalError (500), minio without ever reading its body', () => {
    expect(row('InternalError')).toMatchObject({ awsSees: 'transient', awsAttempts: 3, minioAttempts: 2 });
    expect(row('InternalError')?.minioReports).toContain('Retryable HTTP status: 500');
  });

  it('has neither client retry 567 (InvalidCallback), which the AWS SDK calls a server error', () => {
    expect(row('InvalidCallback')).toMatchObject({
      awsSees: 'server error',
      awsAttempts: 1,
      minioAttempts: 1,
      minioReports: 'the code',
    });
  });
});
