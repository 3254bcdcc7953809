import { attributeSentences } from '../../app/domain/extraction/attribution';
import type { Span } from '../../app/domain/extraction/types';

/** Attributions for sentences given one per array item, joined with spaces as in a body. */
export function attribute(sentences: string[]): (string | null)[] {
  let body = '';
  const spans: Span[] = [];
  for (const s of sentences) {
    if (body) body += ' ';
    spans.push({ start: body.length, end: body.length + s.length });
    body += s;
  }
  return attributeSentences(body, spans);
}
