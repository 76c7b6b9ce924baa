import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

// One entry per subpath export. Node only: the stand-in is an `http` server.
const config: Options = packageBuild(
  { index: 'src/index.ts', cli: 'src/cli.ts', 'aws-sdk': 'src/aws-sdk/index.ts' },
  { platform: 'node' },
);

export default config;
