import type { Figure, Span } from '../extraction/types';

/** Baseline: digit runs as exact counts. Replaced by the real figure reader. */
export function findFigures(body: string, sentences: Span[]): Figure[] {
  const out: Figure[] = [];
  sentences.forEach((s, i) => {
    const re = /\d[\d,]*(?:\.\d+)?/g;
    const text = body.slice(s.start, s.end);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = Number(m[0].replace(/,/g, ''));
      out.push({
        start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], sentence: i,
        low: value, high: value, qualifier: 'exact', counted: null, event: null,
        unit: 'count', currency: null, rule: 'N → [N, N]',
      });
    }
  });
  return out;
}
