import { hasJssErrorBrand } from '../../brand.js';
import { attachJssView } from '../attach-jss-view.js';
import { jssErrorOfSdk, reportRetries } from './from-aws-sdk-error.js';
import type { SdkPluggable } from './sdk-shapes.js';

/** The middleware's name in the stack, to remove or reorder it. */
export const JSS_ERRORS_MIDDLEWARE = 'jssErrorsMiddleware';
/** The inner middleware that notes each response's status before the SDK's S3 handling changes it. */
export const JSS_WIRE_STATUS_MIDDLEWARE = 'jssWireStatusMiddleware';

interface InitializeArgs {
  input: object;
}

interface HandlerContext {
  commandName?: string;
}

interface ResponseLike {
  statusCode?: unknown;
}

/**
 * The status each response arrived with. The SDK's S3 middleware turns an error inside a 200
 * (CopyObject, CompleteMultipartUpload) into status 503 on the same response object.
 */
const wireStatuses = new WeakMap<object, number>();

/**
 * A plugin for any AWS SDK v3 client: `client.middlewareStack.use(jssErrors())`. A command that
 * fails on an HTTP response still rejects with the SDK's own error, unchanged (class, `name`,
 * `message`, `$metadata`, `$fault`, `$response`, JSON form), which is now also the typed JSS
 * error of its code (`instanceof NoSuchKeyError`, `isJssError(e, 'NoSuchKey')`, `e.code`,
 * `e.docUrl`, …). Other failures (sockets, bad arguments) pass through untouched. It sits
 * outermost (initialize step), after retries, so a retry strategy sees the SDK's own error.
 */
export function jssErrors(): SdkPluggable {
  return {
    applyToStack(stack) {
      stack.add(
        (next: (args: InitializeArgs) => Promise<unknown>, context: HandlerContext) => async (args: InitializeArgs) => {
          try {
            return await next(args);
          } catch (error) {
            throw withJssView(error, args.input, context.commandName);
          }
        },
        { step: 'initialize', name: JSS_ERRORS_MIDDLEWARE, priority: 'high', override: true },
      );
      stack.add(
        (next: (args: unknown) => Promise<{ response?: unknown }>) => async (args: unknown) => {
          const result = await next(args);
          const response = result?.response as ResponseLike | undefined;
          if (typeof response?.statusCode === 'number') wireStatuses.set(response, response.statusCode);
          return result;
        },
        { step: 'deserialize', name: JSS_WIRE_STATUS_MIDDLEWARE, priority: 'low', override: true },
      );
    },
  };
}

/** The SDK's error with the JSS view of its code attached, or the error as it came. */
function withJssView(error: unknown, input: object, commandName: string | undefined): unknown {
  if (typeof error !== 'object' || error === null || hasJssErrorBrand(error) || !Object.isExtensible(error))
    return error;
  const response = (error as { $response?: object }).$response;
  const wireStatus = response === undefined ? undefined : wireStatuses.get(response);
  const jss = jssErrorOfSdk(error, { input, commandName, wireStatus });
  if (jss === undefined) return error;
  reportRetries(error, error);
  return attachJssView(error, jss);
}
