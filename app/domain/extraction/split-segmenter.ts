import type { Span } from './types';
import type { SegmenterLexicon } from './language/types';

/** One Intl.Segmenter per locale, built on first use. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Closing quotes and brackets that belong to the sentence before them ("… inquiets. »"). */
const LEADING_CLOSERS = /^[\s»”’"')\]]*[»”’"')\]]/u;
/** The word before a final period: letters, inner dots and hyphens ("M", "av", "J.-C", "núm"). */
const WORD_BEFORE_DOT = /(?:^|[^\p{L}.-])([\p{L}][\p{L}.-]*)\.\s*$/u;

/**
 * Splits `body[from, to)` into sentences with Intl.Segmenter in the
 * lexicon's locale, paragraph by paragraph (on Node 20 the segmenter slows
 * down sharply on long strings), then corrects it: a split after one of the
 * language's abbreviations or after a non-terminal mark (،) is rejoined, a
 * terminal it missed (؟) splits, and closing quotes move to the sentence
 * they close. Spans index into `body` and are trimmed of whitespace.
 *
 * @example segmentSentences('M. Dupont a parlé. Il part.', FRENCH_SEGMENTS) // [{start:0,end:18},{start:19,end:27}]
 */
export function segmentSentences(body: string, lex: SegmenterLexicon, from = 0, to = body.length): Span[] {
  const out: Span[] = [];
  const segmenter = segmenterFor(lex.locale);
  for (const p of paragraphRanges(body, from, to)) {
    const text = body.slice(p.start, p.end);
    const pieces: Span[] = [];
    for (const seg of segmenter.segment(text)) {
      for (const piece of splitOnTerminals(seg.segment, lex.terminals)) {
        pieces.push({ start: p.start + seg.index + piece.start, end: p.start + seg.index + piece.end });
      }
    }
    const joined = rejoin(body, pieces, lex);
    for (const s of joined) {
      const t = trim(body, s);
      if (t.end > t.start) out.push(t);
    }
  }
  return out;
}

/** Paragraphs: runs of text between blank lines (a single line break is left to the segmenter). */
function paragraphRanges(body: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n\s*/g;
  re.lastIndex = from;
  let at = from;
  for (let m = re.exec(body); m && m.index < to; m = re.exec(body)) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < to) out.push({ start: at, end: to });
  return out;
}

/** Cuts a segment after each terminal mark that is followed by more text. */
function splitOnTerminals(segment: string, terminals: string): Span[] {
  if (!terminals) return [{ start: 0, end: segment.length }];
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < segment.length - 1; i++) {
    if (!terminals.includes(segment[i]) || terminals.includes(segment[i + 1])) continue;
    if (segment.slice(i + 1).trim() === '') break;
    out.push({ start, end: i + 1 });
    start = i + 1;
  }
  out.push({ start, end: segment.length });
  return out;
}

/** Joins pieces the segmenter split wrongly; moves leading closers back. */
function rejoin(body: string, pieces: Span[], lex: SegmenterLexicon): Span[] {
  const out: Span[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push({ ...piece });
      continue;
    }
    const text = body.slice(piece.start, piece.end);
    const closers = LEADING_CLOSERS.exec(text);
    if (closers) {
      prev.end = piece.start + closers[0].length;
      piece.start = prev.end;
      if (text.slice(closers[0].length).trim() === '') {
        prev.end = piece.end;
        continue;
      }
    }
    if (continues(body.slice(prev.start, prev.end), body.slice(piece.start, piece.end), lex)) prev.end = piece.end;
    else out.push({ ...piece });
  }
  return out;
}

/** Whether the split between `before` and `after` falls after an abbreviation or a non-terminal mark. */
function continues(before: string, after: string, lex: SegmenterLexicon): boolean {
  const tail = before.trimEnd();
  if (lex.nonTerminals && lex.nonTerminals.includes(tail[tail.length - 1])) return true;
  if (/\n\s*$/.test(before)) return false;
  const m = WORD_BEFORE_DOT.exec(tail);
  if (!m) return false;
  const word = m[1].toLowerCase();
  if (lex.continuing.has(word)) return true;
  return lex.final.has(word) && /^\s*[\p{Ll}\p{N}]/u.test(after);
}

function trim(body: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return { start, end };
}
