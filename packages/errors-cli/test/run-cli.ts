import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliOptions } from '../src/main.js';
import { colourlessEnv } from './env.js';
import { BIN, type BinResult } from './run-bin.js';

// The built module the bin imports, read from the bin itself: the in-process runs and the bin
// run the same entry, and a bin pointed elsewhere would take these tests along.
const entry = /import \{ main \} from '([^']+)'/.exec(readFileSync(BIN, 'utf8'))?.[1];
if (entry === undefined) throw new Error(`${BIN} does not import main`);
const { main } = (await import(pathToFileURL(resolve(dirname(BIN), entry)).href)) as typeof import('../src/main.js');

export interface CliRunOptions extends CliOptions {
  /** Colour variables, as with runBin. */
  readonly env?: Record<string, string>;
  /** Which streams are a terminal; neither by default, as for the pipes runBin gives the bin. */
  readonly isTTY?: { readonly stdout?: boolean; readonly stderr?: boolean };
}

/** Runs `jss-errors …` in this process, through the entry the bin calls, with what it writes captured. */
export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<BinResult> {
  let stdout = '';
  let stderr = '';
  const status = await main(
    args,
    {
      // A pipe's isTTY is undefined, a terminal's true: the same values the bin's streams have.
      stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY?.stdout || undefined },
      stderr: { write: (text: string) => (stderr += text), isTTY: options.isTTY?.stderr || undefined },
      env: { ...colourlessEnv(), ...options.env },
    },
    { retiredCodes: options.retiredCodes },
  );
  return { status, stdout, stderr };
}
