/** W3C TextQuote + TextPosition selectors, so a claim re-anchors when its article is re-imported. */
export interface Anchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

const CONTEXT = 32;

/** Builds the anchor of body[start, end): `makeAnchor('a b c', 2, 3).quote === 'b'`. */
export function makeAnchor(body: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    quote: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT), start),
    suffix: body.slice(end, end + CONTEXT),
  };
}
