import { isJssError } from '@jss/errors';
import { jssRemoveErrors, withJssErrors } from '@jss/errors/minio';
import { afterAll, describe, expect, it } from 'vitest';
import { minioClient } from './support/clients.js';
import { startScriptedServer } from './support/scripted-server.js';

const server = await startScriptedServer();
afterAll(() => server.close());

describe('minio removeObjects: per-key failures typed', () => {
  it('one JssError per failed key, with its key and version', async () => {
    server.state.answer = {
      status: 200,
      headers: { 'content-type': 'application/xml' },
      body:
        '<DeleteResult><Deleted><Key>ok.txt</Key></Deleted>' +
        '<Error><Key>a.txt</Key><VersionId>v1</VersionId><Code>AccessDenied</Code><Message>Access Denied</Message></Error>' +
        '<Error><Key>b.txt</Key><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>' +
        '<Error><Key>c.txt</Key><Code>NotARealJssCode</Code><Message>odd</Message></Error></DeleteResult>',
    };
    const minio = withJssErrors(minioClient(server.endpoint));
    const result = await minio.removeObjects('photos', [
      { name: 'ok.txt' },
      { name: 'a.txt', versionId: 'v1' },
      { name: 'b.txt' },
      { name: 'c.txt' },
    ]);
    const failures = jssRemoveErrors(result, 'photos');
    expect(failures.map((e) => [e.key, e.versionId])).toEqual([
      ['a.txt', 'v1'],
      ['b.txt', undefined],
      ['c.txt', undefined],
    ]);
    expect(isJssError(failures[0], 'AccessDenied')).toBe(true);
    expect(isJssError(failures[1], 'InternalError')).toBe(true);
    expect(failures[1]?.retryable).toBe(true);
    expect(failures[2]?.code).toBe('NotARealJssCode');
    expect(failures.map((e) => e.message)).toEqual(['Access Denied', 'We encountered an internal error.', 'odd']);
  });

  it('none when every key went', () => {
    expect(jssRemoveErrors([])).toEqual([]);
    expect(jssRemoveErrors(undefined)).toEqual([]);
  });
});
