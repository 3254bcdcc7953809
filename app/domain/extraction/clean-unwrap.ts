import type { PageLine } from './clean-lines';
import { readListMarker } from './sentence-list-marker';

/** Longest wrap width we recognise: wire copy, e-mail and PDF text wrap at 60–100 columns. */
const MAX_WRAP_WIDTH = 110;
/** Shortest wrap width: below it lines are a list or verse, not wrapped prose. */
const MIN_WRAP_WIDTH = 30;
/** A line at least this share of the wrap width is "full": its break is the wrap, not the writer's. */
const FULL_LINE_SHARE = 0.55;
/** Share of the long lines that must sit near the wrap width for the text to count as hard-wrapped. */
const NEAR_WIDTH_SHARE = 0.6;

/** Ends with sentence punctuation, possibly inside closing quotes or brackets. */
function endsSentence(line: string): boolean {
  let e = line.length;
  while (e > 0 && /["'”’»)\]*_]/.test(line[e - 1])) e--;
  return e > 0 && /[.!?…:;]/.test(line[e - 1]);
}

function startsItem(line: string): boolean {
  return /^[-*•·▪◦●○■–]\s/.test(line) || readListMarker(line, 0) !== null;
}

/**
 * The column at which a text was hard-wrapped, or null when it was not. Only
 * a break inside a paragraph says anything about wrapping (a paragraph's last
 * line, a list item and a one-line paragraph end where the writer ended
 * them), so the width is read from the lines that another line of their
 * block follows: most of them must end within a quarter of the same width,
 * and that width must be a line length, not a paragraph length.
 */
export function wrapWidth(lines: readonly PageLine[]): number | null {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (next.block !== line.block || line.text.length < MIN_WRAP_WIDTH || startsItem(line.text) || startsItem(next.text)) continue;
    lengths.push(line.text.length);
  }
  if (lengths.length < 2) return null;
  lengths.sort((a, b) => a - b);
  // The 80th percentile: one long first line (a dateline, a title) must not set the width.
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.8))];
  if (width > MAX_WRAP_WIDTH) return null;
  const near = lengths.filter((n) => n >= width * 0.75 && n <= width * 1.25).length;
  return near / lengths.length >= NEAR_WIDTH_SHARE ? width : null;
}

/**
 * Joins the lines of hard-wrapped text (wire copy, e-mail, text copied from a
 * PDF) back into paragraphs: a full line that ends mid-sentence runs on into
 * the next line of its block. A short line, a line ending in sentence
 * punctuation, a list item and the line before one keep their break, which
 * the sentence splitter then treats as a boundary. Text that is not
 * hard-wrapped is returned unchanged.
 *
 * @example unwrapLines([{ text: 'Rescue workers dug through the rubble of', block: 0 }, { text: 'the market until late on Tuesday.', block: 0 }, …])
 */
export function unwrapLines(lines: PageLine[]): PageLine[] {
  const width = wrapWidth(lines);
  if (width === null) return lines;
  const out: PageLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const before = i > 0 ? lines[i - 1] : null;
    const last = out[out.length - 1];
    if (before && before.block === line.block && runsOn(before.text, line.text, width)) {
      // A word broken at the wrap ("inter-\nnational") keeps its hyphen but no space.
      const glue = /\p{L}-$/u.test(before.text) && /^\p{Ll}/u.test(line.text) ? '' : ' ';
      out[out.length - 1] = { ...last, text: last.text + glue + line.text };
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

/** Whether the break between two lines of one block is only the wrap. */
function runsOn(line: string, next: string, width: number): boolean {
  if (line.length < width * FULL_LINE_SHARE) return false; // a short line: a heading, a sign-off, a paragraph's end
  return !endsSentence(line) && !startsItem(next);
}
