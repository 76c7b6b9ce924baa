import { packageBuild } from '../../tsup.shared.js';

// One entry per subpath export. Node only: the stand-in is an `http` server.
export default packageBuild(
  { index: 'src/index.ts', cli: 'src/cli.ts', 'aws-sdk': 'src/aws-sdk/index.ts' },
  { platform: 'node' },
);
