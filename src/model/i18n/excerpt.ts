/**
 * How much of a cell a finding quotes. A cell may hold 32,767 characters and a batch may quote it in every
 * finding; a reader needs only enough to find it (the finding also names the cell).
 */
export const EXCERPT_LENGTH = 40;

/**
 * Text cut to at most `max` characters followed by "…" when longer; shorter text is returned as is. The cut
 * never splits a surrogate pair, so the excerpt is still well-formed text.
 */
export function excerpt(text: string, max: number = EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
