import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { GetObjectCommand, S3Client, type S3ServiceException } from '@aws-sdk/client-s3';
import { errorInfo, type JssErrorCodeName } from '@jss/error-codes';
import { createJssError, type JssError } from '@jss/errors';
import { errorResponse, sendError } from '../answer.js';
import { InProcessAgent } from '../in-process/agent.js';
import type { JssVariantOf } from '../rules/types.js';
import { addressOf } from '../s3/address.js';
import { ruleParams } from '../s3/rule-params.js';
import { jssRequestHandler } from './request-handler.js';

/** Any command of `@aws-sdk/client-s3`, as `S3Client#send` takes it. */
export interface S3Command {
  readonly input: object;
  resolveMiddleware(...args: never[]): unknown;
}

export interface JssSdkErrorOptions<C extends JssErrorCodeName> {
  /** Which of the code's wire messages (e.g. BucketNotEmpty's `acl`). */
  readonly variant?: JssVariantOf<C>;
  /**
   * The command that fails (default `GetObject` of bucket `bucket`, key `key`): it decides the
   * method (HEAD answers are bodiless), the `Resource` and, for a bodiless answer, the SDK's name.
   * Give it a string or bytes body, not a stream: it is sent.
   */
  readonly command?: S3Command;
  /** One of the code's `statuses` in the catalog; default its `httpStatus`. */
  readonly status?: number;
  /** `x-amz-request-id` and `<RequestId>`; default a new one, as JSS sends. */
  readonly requestId?: string;
}

const ENDPOINT = 'http://jss-mock.invalid';

/**
 * The error an AWS SDK v3 S3Client (retries off) throws when JSS answers `code` to `command`:
 * its modeled class where the SDK has one (`NoSuchKey`, `NotFound` for a bodiless 404, …), else
 * an `S3ServiceException` of that name, with `$metadata`, `$fault`, `$response` and the body's
 * fields. Not imitated: the answer the stand-in sends for the code is put through a real S3Client
 * in-process, and what it throws is returned. For stubs of `send()`:
 * `mockClient(S3Client).on(GetObjectCommand).rejects(await jssSdkError('NoSuchKey'))`.
 */
export async function jssSdkError<C extends JssErrorCodeName>(
  code: C,
  options: JssSdkErrorOptions<C> = {},
): Promise<S3ServiceException> {
  const statuses: readonly number[] | undefined = errorInfo[code]?.statuses;
  if (statuses === undefined) throw new TypeError(`jssSdkError: ${JSON.stringify(code)} is not a JSS error code`);
  if (options.status !== undefined && !statuses.includes(options.status))
    throw new RangeError(`jssSdkError: ${code} is answered with ${statuses.join(' or ')}, not ${options.status}`);
  const server = createServer(answer(code, options));
  const agent = new InProcessAgent(server);
  const client = new S3Client({
    endpoint: ENDPOINT,
    region: 'us-east-1',
    forcePathStyle: true,
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDJSSMOCK', secretAccessKey: 'jss-mock' },
    requestHandler: jssRequestHandler({ agent }),
  });
  try {
    // What `send` does, without `send`: aws-sdk-client-mock's `mockClient(S3Client)` stubs
    // `send` on the prototype, which this client shares. (Typed per command; any runs the same.)
    const command = (options.command ?? new GetObjectCommand({ Bucket: 'bucket', Key: 'key' })) as GetObjectCommand;
    await command.resolveMiddleware(client.middlewareStack, client.config, undefined)(command);
  } catch (error) {
    // An error before any answer (an input the command refuses) is the caller's to see.
    if ((error as Partial<S3ServiceException>).$metadata?.httpStatusCode === undefined) throw error;
    return error as S3ServiceException;
  } finally {
    client.destroy();
    agent.destroy();
    server.closeAllConnections();
  }
  throw new Error(`jssSdkError: the SDK did not reject a ${code} answer`);
}

/** The stand-in's answer for a rule with this code, the status and request id as asked. */
function answer<C extends JssErrorCodeName>(code: C, options: JssSdkErrorOptions<C>) {
  return (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      const address = addressOf(req.url ?? '/', req.headers.host, []);
      const error = (createJssError as (code: string, options: object) => JssError<string>)(code, {
        variant: options.variant,
        httpStatus: options.status,
        requestId: options.requestId,
        ...ruleParams(address),
      });
      const context = {
        method: req.method ?? 'GET',
        accept: req.headers.accept,
        path: address.path,
        onUnexpectedError: undefined,
      };
      sendError(res, errorResponse(error, context, {}), code, {});
    });
  };
}
