export class ClaimEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimEditError';
  }
}

interface Span {
  start: number;
  end: number;
}

/**
 * Where a claim's quote splits in two: at `offset` characters into the quote,
 * moved forward past whitespace, each part keeping non-blank text.
 *
 * @example splitSpans('One. Two.', {start: 0, end: 9}, 4) → [{0,4}, {5,9}]
 */
export function splitSpans(body: string, claim: Span, offset: number): [Span, Span] {
  const at = claim.start + offset;
  if (!Number.isInteger(offset) || at <= claim.start || at >= claim.end) {
    throw new ClaimEditError('Choose a split point inside the claim');
  }
  let leftEnd = at;
  while (leftEnd > claim.start && /\s/.test(body[leftEnd - 1])) leftEnd--;
  let rightStart = at;
  while (rightStart < claim.end && /\s/.test(body[rightStart])) rightStart++;
  if (leftEnd === claim.start || rightStart === claim.end) {
    throw new ClaimEditError('Both parts of a split need some text');
  }
  return [
    { start: claim.start, end: leftEnd },
    { start: rightStart, end: claim.end },
  ];
}

/** The span covering two claims, which must be neighbours (nothing checked between them). */
export function mergeSpan(first: Span, second: Span): Span {
  if (second.start < first.end) throw new ClaimEditError('Merge a claim with the one that follows it');
  return { start: first.start, end: second.end };
}

/**
 * The split offset for "the second claim starts with these words": the first
 * occurrence after the claim's first character.
 *
 * @example offsetOfWords('Nine died. Ten fled.', 'Ten fled') === 11
 */
export function offsetOfWords(quote: string, words: string): number {
  const w = words.trim();
  if (!w) throw new ClaimEditError('Type the words where the second claim starts');
  const at = quote.indexOf(w, 1);
  if (at < 0) throw new ClaimEditError(`"${w}" is not in the claim's quote`);
  return at;
}
