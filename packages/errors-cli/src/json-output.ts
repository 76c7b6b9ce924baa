// JSON.stringify escapes C0 controls only: C1 controls, DEL and bidi overrides in what was typed
// would reach the terminal raw. Written as \uXXXX escapes, they parse back to the same text.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `--json` output: indented JSON and a newline, with nothing in it that drives a terminal. */
export function jsonOutput(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(
    RAW_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
