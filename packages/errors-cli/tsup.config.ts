import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

// A bin needs no CommonJS build nor declarations; each command is its own chunk, loaded when run.
const config: Options = packageBuild(['src/main.ts'], { format: ['esm'], dts: false, platform: 'node' });

export default config;
