import { packageBuild } from '../../tsup.shared.js';

// A bin needs no CommonJS build nor declarations; each command is its own chunk, loaded when run.
export default packageBuild(['src/main.ts'], { format: ['esm'], dts: false, platform: 'node' });
