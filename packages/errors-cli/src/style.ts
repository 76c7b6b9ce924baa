import type { CliIo } from './io.js';

export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly accent: (text: string) => string;
}

const plain = (text: string) => text;
const sgr = (on: number, off: number) => (text: string) => `\u001b[${on}m${text}\u001b[${off}m`;

/**
 * Colour only on a terminal, never when NO_COLOR is set (no-color.org: any non-empty value);
 * FORCE_COLOR (not `0`) turns it on for a pipe.
 */
export function styleFor(io: CliIo, stream: 'stdout' | 'stderr' = 'stdout'): Style {
  const { NO_COLOR, FORCE_COLOR } = io.env;
  const forced = FORCE_COLOR !== undefined && FORCE_COLOR !== '' && FORCE_COLOR !== '0';
  const colour = !NO_COLOR && (forced || io[stream].isTTY === true);
  if (!colour) return { bold: plain, dim: plain, accent: plain };
  return { bold: sgr(1, 22), dim: sgr(2, 22), accent: sgr(36, 39) };
}
