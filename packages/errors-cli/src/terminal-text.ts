// Control characters (C0, DEL, C1) start terminal escape sequences, and bidi overrides reorder
// what a reader sees: none of them reaches the terminal from a code typed by someone, or a text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text made safe to print: every unsafe character written as `\u{…}`. */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** What a user typed, quoted and cut to a length a message can hold. */
export function quoteInput(input: string, max = 80): string {
  const cut = [...input].length > max ? `${[...input].slice(0, max).join('')}…` : input;
  return `"${forTerminal(cut)}"`;
}

// East Asian wide and fullwidth ranges take two columns in a terminal.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** The columns a text takes in a terminal, for aligning labels in any language. */
export function displayWidth(text: string): number {
  return [...text].length + (text.match(WIDE)?.length ?? 0);
}
