// One server of the load test, in its own process so it does not share a CPU with autocannon.
// argv[2]: `bare` (a constant body) or `jss` (the Node adapter answering a thrown NoSuchKeyError).
import { NoSuchKeyError } from '@jss/errors';
import { sendJssError } from '@jss/errors-server/node';
import { createServer } from 'node:http';

const CONSTANT_BODY =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Resource>/photos/cat.jpg</Resource><RequestId>4442587FB7D0A2F9</RequestId></Error>';

const handlers = {
  bare: (
    /** @type {import('node:http').IncomingMessage} */ _req,
    /** @type {import('node:http').ServerResponse} */ res,
  ) => {
    res.writeHead(404, {
      'content-type': 'application/xml',
      'content-length': Buffer.byteLength(CONSTANT_BODY),
      'x-amz-request-id': '4442587FB7D0A2F9',
    });
    res.end(CONSTANT_BODY);
  },
  jss: (
    /** @type {import('node:http').IncomingMessage} */ _req,
    /** @type {import('node:http').ServerResponse} */ res,
  ) => {
    try {
      throw new NoSuchKeyError({ key: 'cat.jpg' });
    } catch (error) {
      sendJssError(res, error);
    }
  },
};

const mode = /** @type {keyof typeof handlers} */ (process.argv[2]);
if (process.send && handlers[mode]) {
  const server = createServer(handlers[mode]);
  server.listen(0, '127.0.0.1', () =>
    process.send?.({ port: /** @type {import('node:net').AddressInfo} */ (server.address()).port }),
  );
  process.on('disconnect', () => process.exit(0));
}
