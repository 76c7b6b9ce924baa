// Review row 34 / D10: a variant id naming an Object.prototype member must not pick that member
// (a function's source) as the message.
import { errorInfo, jssErrorCodes } from '@jss/error-codes';
import { createJssError, parseJssErrorResponse } from '@jss/errors';
import { toErrorResponse } from '@jss/errors-server';
import { describe, expect, it } from 'vitest';

const INHERITED_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('variant ids that name Object.prototype members', () => {
  it.each(INHERITED_NAMES)('%s gives every code its catalog message on the wire', (name) => {
    for (const code of jssErrorCodes) {
      const info = errorInfo[code];
      if (Object.hasOwn(info.variants, name)) continue;
      const response = toErrorResponse(createJssError(code, { variant: name } as never), {
        accept: 'application/json',
      });
      expect(JSON.parse(response.body!).Message, code).toBe(info.message);
      expect(response.body).not.toContain('[native code]');
      const xml = toErrorResponse(createJssError(code, { variant: name } as never)).body!;
      expect(parseJssErrorResponse({ status: info.httpStatus, body: xml }).message, code).toBe(info.message);
    }
  });

  it('still picks real variants', () => {
    for (const code of jssErrorCodes)
      for (const [variant, message] of Object.entries(errorInfo[code].variants))
        expect(createJssError(code, { variant } as never).message).toBe(message);
  });
});
