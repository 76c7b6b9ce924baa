import { NoSuchKey, S3ServiceException } from '@aws-sdk/client-s3';
import { createJssError, isJssError, JssError, NoSuchBucketError, NoSuchKeyError } from '@jss/errors';
import { describe, expect, it } from 'vitest';
import { attachJssView } from '../../src/clients/attach-jss-view.js';

const sdkNoSuchKey = () =>
  new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404, requestId: 'R1' } });

describe('attachJssView', () => {
  it("keeps everything the client's error showed before", () => {
    const plain = sdkNoSuchKey();
    const viewed = attachJssView(sdkNoSuchKey(), createJssError('NoSuchKey', { key: 'a.txt', requestId: 'R1' }));
    expect(viewed).toBeInstanceOf(NoSuchKey);
    expect(viewed).toBeInstanceOf(S3ServiceException);
    expect(viewed.name).toBe(plain.name);
    expect(viewed.message).toBe(plain.message);
    expect(Object.keys(viewed)).toEqual(Object.keys(plain));
    expect(JSON.stringify(viewed)).toBe(JSON.stringify(plain));
  });

  it('is also the JSS error of the code, every member of the runtime class included', () => {
    const jss = createJssError('NoSuchKey', { key: 'a.txt', requestId: 'R1' });
    const viewed = attachJssView(sdkNoSuchKey(), jss);
    expect(viewed).toBeInstanceOf(NoSuchKeyError);
    expect(viewed).toBeInstanceOf(JssError);
    expect(viewed).not.toBeInstanceOf(NoSuchBucketError);
    expect(isJssError(viewed, 'NoSuchKey')).toBe(true);
    const members = new Set<PropertyKey>();
    for (let o: object | null = jss; o !== null && o !== Error.prototype; o = Object.getPrototypeOf(o))
      for (const key of Reflect.ownKeys(o)) members.add(key);
    for (const key of members) {
      if (['constructor', 'name', 'message', 'stack', 'cause', 'toJSON'].includes(key as string)) continue;
      expect((viewed as unknown as Record<PropertyKey, unknown>)[key], String(key)).toEqual(
        (jss as unknown as Record<PropertyKey, unknown>)[key],
      );
    }
  });

  it('leaves a member the client set to the client, and guards still see the JSS code', () => {
    const minioLike = Object.assign(new Error('Not Found'), { code: 'NotFound' });
    const viewed = attachJssView(minioLike, createJssError('NoSuchKey', { key: 'a.txt' }));
    expect(viewed.code).toBe('NotFound');
    expect(isJssError(viewed, 'NoSuchKey')).toBe(true);
    expect(viewed).toBeInstanceOf(NoSuchKeyError);
    expect(viewed.docUrl).toMatch(/NoSuchKey/);
  });
});
