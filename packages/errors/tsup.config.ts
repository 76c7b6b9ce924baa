import { packageBuild } from '../../tsup.shared.js';

export default packageBuild({
  index: 'src/index.ts',
  'aws-sdk': 'src/clients/aws-sdk/index.ts',
  minio: 'src/clients/minio/index.ts',
  fetch: 'src/clients/fetch/index.ts',
});
