import type { Agent } from 'node:http';
import { S3Client } from '@aws-sdk/client-s3';

/** The SDK's Node request handler (`handle(request)` → `{ response }`), as the client uses it. */
export type SdkRequestHandler = S3Client['config']['requestHandler'];

type NodeHttpHandlerClass = new (options: { httpAgent: Agent }) => SdkRequestHandler;

let handlerClass: NodeHttpHandlerClass | undefined;

/**
 * The class of the handler an S3Client builds by default (`NodeHttpHandler` of the installed
 * SDK), read from a client rather than imported: `@smithy/node-http-handler` is the SDK's own
 * dependency, not one a user has to install, and this way its version is the SDK's.
 */
function nodeHttpHandlerClass(): NodeHttpHandlerClass {
  if (handlerClass === undefined) {
    const probe = new S3Client({});
    handlerClass = probe.config.requestHandler.constructor as NodeHttpHandlerClass;
    probe.destroy();
  }
  return handlerClass;
}

/**
 * The AWS SDK's own Node request handler, with its connections going to `target` in-process:
 * `new S3Client({ endpoint: mock.url, requestHandler: jssRequestHandler(mock), … })`. Every
 * middleware (signing, retries, checksums, the `jssErrors()` plugin), waiters and paginators
 * run as against a server.
 */
export function jssRequestHandler(target: { readonly agent: Agent }): SdkRequestHandler {
  const NodeHttpHandler = nodeHttpHandlerClass();
  return new NodeHttpHandler({ httpAgent: target.agent });
}
