// DeleteObjects answers 200 with one <Error> per key it did not delete: jssDeleteErrors gives
// one typed error each, read from a real DeleteObjectsCommand output.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeleteObjectsCommand } from '@aws-sdk/client-s3';
import { errorInfo, jssErrorCodes } from '@jss/error-codes';
import { errorClasses, isJssError, UnknownJssError } from '@jss/errors';
import { jssDeleteErrors } from '@jss/errors/aws-sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { awsClient } from './support/clients.js';

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const keyOf = (i: number) => `dir/<${i}> & 照片.jpg`;
const UNKNOWN = 'NotAJssCode';
const failures = [...jssErrorCodes, UNKNOWN];

/** The DeleteObjects answer S3 sends: 200, one deleted key, then an <Error> per failed key. */
const body =
  '<?xml version="1.0" encoding="UTF-8"?><DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
  '<Deleted><Key>gone.txt</Key></Deleted>' +
  failures
    .map((code, i) => {
      const message = code === UNKNOWN ? 'Something else' : errorInfo[code as 'NoSuchKey'].message;
      const version = i % 2 === 0 ? `<VersionId>v${i}</VersionId>` : '';
      return `<Error><Key>${xmlText(keyOf(i))}</Key>${version}<Code>${code}</Code><Message>${xmlText(message)}</Message></Error>`;
    })
    .join('') +
  '</DeleteResult>';

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/xml', 'x-amz-request-id': 'DEL0REQUEST1' });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('jssDeleteErrors', () => {
  it('gives one typed error per <Error>, with its key, version, status 200 and the request id', async () => {
    const s3 = awsClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const output = await s3.send(
      new DeleteObjectsCommand({
        Bucket: 'photos',
        Delete: { Objects: [{ Key: 'gone.txt' }, ...failures.map((_, i) => ({ Key: keyOf(i) }))] },
      }),
    );
    const errors = jssDeleteErrors(output, { bucket: 'photos' });
    expect(errors).toHaveLength(failures.length);
    errors.forEach((error, i) => {
      const code = failures[i] as string;
      expect(error.key, code).toBe(keyOf(i));
      expect(error.versionId, code).toBe(i % 2 === 0 ? `v${i}` : undefined);
      expect(error.requestId, code).toBe('DEL0REQUEST1');
      expect(error.httpStatus, code).toBe(200);
      if (code === UNKNOWN) {
        expect(error).toBeInstanceOf(UnknownJssError);
        expect(error.code).toBe(UNKNOWN);
        return;
      }
      expect(error, code).toBeInstanceOf(errorClasses[code as 'NoSuchKey']);
      expect(isJssError(error, code), code).toBe(true);
      expect(error.message, code).toBe(errorInfo[code as 'NoSuchKey'].message);
      if ('key' in errorInfo[code as 'NoSuchKey'].params) expect(error.params.key, code).toBe(keyOf(i));
    });
  });

  it('gives none when every key was deleted', () => {
    expect(jssDeleteErrors({ $metadata: { httpStatusCode: 200 } })).toEqual([]);
  });
});
