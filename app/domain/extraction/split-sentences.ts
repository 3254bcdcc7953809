import type { Span } from './types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Baseline sentence splitter (Intl.Segmenter), trimmed spans. */
export function splitSentences(body: string): Span[] {
  const out: Span[] = [];
  for (const seg of segmenter.segment(body)) {
    let start = seg.index;
    let end = seg.index + seg.segment.length;
    while (start < end && /\s/.test(body[start])) start++;
    while (end > start && /\s/.test(body[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
