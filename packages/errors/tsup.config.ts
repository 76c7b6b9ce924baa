import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

const config: Options = packageBuild({
  index: 'src/index.ts',
  'aws-sdk': 'src/clients/aws-sdk/index.ts',
  minio: 'src/clients/minio/index.ts',
  fetch: 'src/clients/fetch/index.ts',
});

export default config;
