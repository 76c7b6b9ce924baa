import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

const config: Options = packageBuild(['src/index.ts']);

export default config;
