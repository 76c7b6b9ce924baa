import { errorInfo, jssErrorCodes, JSS_REFERENCE_BASE_URL } from '@jss/error-codes';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createJssError,
  getJssDocsBaseUrl,
  JssError,
  NoSuchBucketError,
  parseJssErrorResponse,
  setJssDocsBaseUrl,
  UnknownJssError,
} from '@jss/errors';

afterEach(() => setJssDocsBaseUrl(JSS_REFERENCE_BASE_URL));

describe('docUrl', () => {
  it("is every code's page on the published reference by default", () => {
    expect(getJssDocsBaseUrl()).toBe(JSS_REFERENCE_BASE_URL);
    for (const code of jssErrorCodes) {
      const error = createJssError(code);
      expect(error.docUrl, code).toBe(`${JSS_REFERENCE_BASE_URL}${errorInfo[code].docPath}`);
      // The site's layout: <base>errors/<Code>/.
      expect(new URL(error.docUrl!).pathname.endsWith(`/errors/${code}/`), code).toBe(true);
      expect(error.toJSON().docUrl, code).toBe(error.docUrl);
    }
  });

  it("adds the variant's anchor for each catalog variant, none for one the catalog lacks", () => {
    for (const code of jssErrorCodes) {
      const page = `${JSS_REFERENCE_BASE_URL}${errorInfo[code].docPath}`;
      for (const variant of Object.keys(errorInfo[code].variants))
        expect(createJssError(code, { variant } as never).docUrl).toBe(`${page}#${variant}`);
      expect(createJssError(code, { variant: 'constructor' } as never).docUrl).toBe(page);
    }
  });

  it('is computed on the prototype, not stored on each error', () => {
    const error = new NoSuchBucketError();
    expect(Object.keys(error)).not.toContain('docUrl');
    expect(typeof Object.getOwnPropertyDescriptor(JssError.prototype, 'docUrl')?.get).toBe('function');
  });

  it('follows setJssDocsBaseUrl, also for errors made before it', () => {
    const before = new NoSuchBucketError();
    setJssDocsBaseUrl('https://docs.example.com/s3-errors');
    expect(getJssDocsBaseUrl()).toBe('https://docs.example.com/s3-errors/');
    expect(before.docUrl).toBe(`https://docs.example.com/s3-errors/${errorInfo.NoSuchBucket.docPath}`);
    setJssDocsBaseUrl(new URL('http://intranet/ref/?x=1#y'));
    expect(JSON.parse(JSON.stringify(before)).docUrl).toBe(`http://intranet/ref/${errorInfo.NoSuchBucket.docPath}`);
  });

  it('refuses what is not an absolute http(s) URL, keeping the base it had', () => {
    for (const bad of ['javascript:alert(1)', 'docs/', '', 'file:///etc/']) {
      expect(() => setJssDocsBaseUrl(bad), bad).toThrow(TypeError);
      expect(getJssDocsBaseUrl()).toBe(JSS_REFERENCE_BASE_URL);
    }
  });

  it('is undefined for a code the catalog does not know, and absent from its JSON', () => {
    const error = new UnknownJssError('NotARealCode', { httpStatus: 400 });
    expect(error.docUrl).toBeUndefined();
    expect('docUrl' in error.toJSON()).toBe(false);
  });

  it('is set on parsed errors from the code they carry', () => {
    const error = parseJssErrorResponse({
      status: 404,
      headers: {},
      body: '<Error><Code>NoSuchBucket</Code><Message>m</Message></Error>',
    });
    expect(error.docUrl).toBe(`${JSS_REFERENCE_BASE_URL}${errorInfo.NoSuchBucket.docPath}`);
  });
});
