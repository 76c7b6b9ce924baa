// Issue 12: x-amz-id-2 only when asked for (JSS sends none); <statusCode> first unless turned off.
import { NoSuchKeyError } from '@jss/errors';
import { toErrorResponse } from '@jss/errors-server';
import { receivedNoSuchKey } from './support/received.js';
import { describe, expect, it } from 'vitest';

describe('x-amz-id-2', () => {
  it('is not sent by default, nor with hostId: false', () => {
    expect(toErrorResponse(new NoSuchKeyError()).headers).not.toHaveProperty('x-amz-id-2');
    expect(toErrorResponse(new NoSuchKeyError({ hostId: 'from/the+error=' })).headers).not.toHaveProperty('x-amz-id-2');
    expect(toErrorResponse(new NoSuchKeyError(), { hostId: false }).headers).not.toHaveProperty('x-amz-id-2');
  });
  it("with hostId: true is the error's own, else a new one", () => {
    expect(
      toErrorResponse(new NoSuchKeyError({ hostId: 'from/the+error=' }), { hostId: true }).headers['x-amz-id-2'],
    ).toBe('from/the+error=');
    expect(toErrorResponse(new NoSuchKeyError(), { hostId: true }).headers['x-amz-id-2']).toMatch(
      /^[A-Za-z0-9+/]{32}$/,
    );
  });
  it('with a string is that id, or a new one when it is not safe to send', () => {
    expect(toErrorResponse(new NoSuchKeyError(), { hostId: 'given/id=' }).headers['x-amz-id-2']).toBe('given/id=');
    expect(toErrorResponse(new NoSuchKeyError(), { hostId: 'bad id\r\n' }).headers['x-amz-id-2']).toMatch(
      /^[A-Za-z0-9+/]{32}$/,
    );
  });
});

describe('<statusCode>', () => {
  it('comes first in the XML body by default, carrying the status sent', () => {
    const response = toErrorResponse(receivedNoSuchKey({ httpStatus: 410 }));
    expect(response.body).toMatch(/^<\?xml[^>]*>\n<Error><statusCode>410<\/statusCode><Code>NoSuchKey<\/Code>/);
  });
  it('is left out with statusCodeElement: false, and never appears in JSON', () => {
    expect(toErrorResponse(new NoSuchKeyError(), { statusCodeElement: false }).body).toMatch(/\n<Error><Code>/);
    expect(JSON.parse(toErrorResponse(new NoSuchKeyError(), { accept: 'application/json' }).body!)).not.toHaveProperty(
      'statusCode',
    );
  });
});
