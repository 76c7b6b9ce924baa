import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { colourlessEnv } from './env.js';

// The bin as a user gets it: the path the package's `bin` names, run by node.
const manifest = createRequire(import.meta.url).resolve('@jss/errors-cli/package.json');
const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
export const BIN = join(dirname(manifest), bin['jss-errors']!);

export interface BinResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `jss-errors …` (or another copy of the bin) with stdout a pipe and no colour variables unless `env` sets them. */
export function runBin(args: readonly string[], env: Record<string, string> = {}, bin = BIN): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...colourlessEnv(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
