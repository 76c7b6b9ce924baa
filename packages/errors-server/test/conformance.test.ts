// Every code and variant of the catalog, read at run time, answered by
// `toErrorResponse(createJssError(code, { variant }))` from a real Node http server and read back
// by @aws-sdk/client-s3, minio and parseJssErrorResponse, with the default wire settings (as
// JSS: no x-amz-id-2, a <statusCode> element) and the opposite ones.
import { errorInfo, jssErrorCodes, type JssErrorInfo } from '@jss/error-codes';
import { createJssError, parseJssErrorResponse } from '@jss/errors';
import { toErrorResponse } from '@jss/errors-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsNameWithoutBody, minioCodeWithoutBody, minioNeverReadsBody } from './support/client-facts.js';
import {
  type ConformanceCase,
  type ConformanceHarness,
  startConformance,
  type WireSettings,
} from './support/conformance.js';
import { BODY_FORMATS } from './support/formats.js';

// The variant comes from the catalog at run time, so the per-code option types cannot check it.
const create = createJssError as (code: string, options: { readonly variant?: string }) => unknown;

const cases: readonly ConformanceCase[] = jssErrorCodes.flatMap((code) => {
  // Read as the catalog's general shape: the literal types per code do not matter here.
  const info: JssErrorInfo = errorInfo[code];
  return [null, ...Object.keys(info.variants)].map((variant) => ({
    code,
    variant,
    status: info.httpStatus,
    message: variant === null ? info.message : info.variants[variant]!,
    retryAfter: info.retryAfter ?? null,
    answer: (request) => toErrorResponse(create(code, variant === null ? {} : { variant }), request),
  }));
});

const SETTINGS: readonly (WireSettings & { name: string })[] = [
  { name: 'defaults (as JSS: no x-amz-id-2, <statusCode> first)', hostId: false, statusCodeElement: true },
  { name: 'x-amz-id-2 on, no <statusCode>', hostId: true, statusCodeElement: false },
];

it('covers every code of the catalog and every variant', () => {
  expect(new Set(cases.map((c) => c.code))).toEqual(new Set(jssErrorCodes));
  const variants = jssErrorCodes.reduce((n, code) => n + Object.keys(errorInfo[code].variants).length, 0);
  expect(cases.length).toBe(jssErrorCodes.length + variants);
});

describe.each(SETTINGS)('$name', (settings) => {
  let harness: ConformanceHarness;
  beforeAll(async () => {
    harness = await startConformance(cases, { ...settings, reportWireExtras: true });
  });
  afterAll(async () => {
    await harness.close();
  });

  describe.each(cases)('$code $variant (HTTP $status)', (c) => {
    it('the AWS SDK reports the wire code, message, status, request id and resource', async () => {
      const seen = await harness.awsSdk(c, 'GET');
      expect(seen).toEqual({
        name: c.code,
        message: c.message,
        status: c.status,
        fault: c.status >= 500 ? 'server' : 'client',
        requestId: harness.requestIdOf(c),
        bodyRequestId: harness.requestIdOf(c),
        resource: harness.resourceOf(c),
        hostIdSent: settings.hostId,
        ...(settings.statusCodeElement ? { bodyStatusCode: String(c.status) } : {}),
      });
    });

    it('the AWS SDK reports the status and request id of HEAD (no body, so no code)', async () => {
      const seen = await harness.awsSdk(c, 'HEAD');
      expect(seen).toMatchObject({
        name: awsNameWithoutBody(c.status),
        status: c.status,
        requestId: harness.requestIdOf(c),
        hostIdSent: settings.hostId,
      });
    });

    it('minio reports the wire code, message, request id and resource, or the status it never reads', async () => {
      const seen = await harness.minio(c, 'GET');
      if (minioNeverReadsBody(c.status)) {
        expect(seen).toEqual({
          code: undefined,
          message: `Request failed after 0 retries: Error: Retryable HTTP status: ${c.status}`,
        });
        return;
      }
      expect(seen).toEqual({
        code: c.code,
        message: c.message,
        requestId: harness.requestIdOf(c),
        bodyRequestId: harness.requestIdOf(c),
        resource: harness.resourceOf(c),
        ...(settings.hostId ? { hostId: expect.stringMatching(/^[A-Za-z0-9+/]{32}$/) } : {}),
        // minio's parser reads the element as a number: the one place minio users get the status.
        ...(settings.statusCodeElement ? { bodyStatusCode: c.status } : {}),
      });
    });

    it('minio reports what it assumes for a HEAD of this status', async () => {
      const seen = await harness.minio(c, 'HEAD');
      if (minioNeverReadsBody(c.status)) {
        expect(seen).toEqual({
          code: undefined,
          message: `Request failed after 0 retries: Error: Retryable HTTP status: ${c.status}`,
        });
      } else {
        expect(seen).toMatchObject({
          code: minioCodeWithoutBody(c.status),
          requestId: harness.requestIdOf(c),
          bodyRequestId: undefined,
        });
      }
    });

    it.each(BODY_FORMATS)(
      'parseJssErrorResponse reads back the $format body',
      async ({ format, accept, contentType }) => {
        const response = await harness.fetch(c, { method: 'GET', accept });
        expect(response.status).toBe(c.status);
        expect(response.headers.get('content-type')).toBe(contentType);
        expect(Number(response.headers.get('content-length'))).toBe(response.bytes.byteLength);
        expect(response.headers.get('x-amz-request-id')).toBe(harness.requestIdOf(c));
        expect(response.headers.has('x-amz-id-2')).toBe(settings.hostId);
        expect(response.headers.get('retry-after')).toBe(c.retryAfter === null ? null : String(c.retryAfter));
        const text = new TextDecoder().decode(response.bytes);
        if (format === 'xml')
          expect(text.includes(`<Error><statusCode>${c.status}</statusCode><Code>`)).toBe(settings.statusCodeElement);
        const parsed = parseJssErrorResponse({
          status: response.status,
          headers: response.headers,
          body: response.bytes,
        });
        expect({
          code: parsed.code,
          variant: parsed.variant ?? null,
          message: parsed.message,
          status: parsed.httpStatus,
          requestId: parsed.requestId,
          resource: parsed.resource,
        }).toEqual({
          code: c.code,
          variant: c.variant,
          message: c.message,
          status: c.status,
          requestId: harness.requestIdOf(c),
          resource: harness.resourceOf(c),
        });
      },
    );

    it.each(BODY_FORMATS)('HEAD with the $format Accept gets the GET headers and no body', async ({ accept }) => {
      const get = await harness.fetch(c, { method: 'GET', accept });
      const head = await harness.fetch(c, { method: 'HEAD', accept });
      expect(head.status).toBe(c.status);
      expect(head.bytes.byteLength).toBe(0);
      for (const name of ['content-type', 'content-length', 'x-amz-request-id', 'retry-after']) {
        expect(head.headers.get(name), name).toBe(get.headers.get(name));
      }
      expect(parseJssErrorResponse({ status: head.status, headers: head.headers }).requestId).toBe(
        harness.requestIdOf(c),
      );
    });
  });
});
