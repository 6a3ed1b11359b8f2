// Text from a workbook (cell text, sheet names) and from the disk (file names) reaches the terminal
// only through escapeTerminal, so a sender cannot clear the screen, move the cursor, recolour the
// verdict, start a new line with a fake "结论：未发现错误。", or reorder what is shown with bidi overrides.
// JSON output does not need this: JSON.stringify already escapes every C0 control.

// C0 controls, DEL, C1 controls (0x9b is a one-byte CSI on some terminals), the Arabic letter mark,
// the left-to-right / right-to-left marks, the line and paragraph separators, the bidi embeddings and
// overrides (U+202A–U+202E) and isolates (U+2066–U+2069). One character class, so the replace is linear.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// Short forms a reader knows; every other unsafe character is shown by its code.
const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * The text with every control character and bidi control shown as an escape (\x1b, \n, \u202e), so it
 * prints as one inert line. Backslashes are kept as they are (Windows paths stay readable); everything
 * else, Chinese included, is unchanged.
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => SHORT[ch] ?? codeEscape(ch.charCodeAt(0)));
}

function codeEscape(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
