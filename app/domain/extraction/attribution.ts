import type { Span } from './types';

/** Baseline: "according to X". */
export function attributeSentences(body: string, sentences: Span[]): (string | null)[] {
  return sentences.map((s) => {
    const m = /according to (?:the )?([A-Z][\w.\- ]+)/.exec(body.slice(s.start, s.end));
    return m ? m[1].trim() : null;
  });
}
