import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

// One entry per subpath export; frameworks are only imported as types, so none is bundled.
const config: Options = packageBuild({
  index: 'src/index.ts',
  node: 'src/adapters/node.ts',
  fetch: 'src/adapters/fetch.ts',
  express: 'src/adapters/express.ts',
  fastify: 'src/adapters/fastify.ts',
  koa: 'src/adapters/koa.ts',
  hono: 'src/adapters/hono.ts',
});

export default config;
