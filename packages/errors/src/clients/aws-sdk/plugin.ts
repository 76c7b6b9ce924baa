import { fromAwsSdkError } from './from-aws-sdk-error.js';
import type { SdkPluggable } from './sdk-shapes.js';

/** The middleware's name in the stack, to remove or reorder it. */
export const JSS_ERRORS_MIDDLEWARE = 'jssErrorsMiddleware';

interface InitializeArgs {
  input: object;
}

interface HandlerContext {
  commandName?: string;
}

/**
 * A plugin for any AWS SDK v3 client: `client.middlewareStack.use(jssErrors())`. Every command
 * that fails on an HTTP response then rejects with the typed JSS error of its code; other
 * failures (sockets, bad arguments) pass through unchanged. It sits outermost (initialize step),
 * after retries, so a retry strategy still sees the SDK's own error.
 */
export function jssErrors(): SdkPluggable {
  return {
    applyToStack(stack) {
      stack.add(
        (next: (args: InitializeArgs) => Promise<unknown>, context: HandlerContext) => async (args: InitializeArgs) => {
          try {
            return await next(args);
          } catch (error) {
            throw fromAwsSdkError(error, { input: args.input, commandName: context.commandName }) ?? error;
          }
        },
        { step: 'initialize', name: JSS_ERRORS_MIDDLEWARE, priority: 'high', override: true },
      );
    },
  };
}
