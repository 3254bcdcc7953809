import { parseHTML } from 'linkedom';

/**
 * How much page the extraction engine takes on. Readability's cost grows with
 * the cube of nesting depth (5,000 nested <div>s ran for minutes), so pages
 * past these are refused rather than read. Real news pages nest 20–60
 * elements deep and hold a few thousand elements; an article with more than
 * a few thousand figures is a data table, not an article.
 */
export const PAGE_LIMITS = {
  /** Deepest element nesting, counted from <html> after the parser closes implied tags. */
  maxDepth: 150,
  /** Elements in the whole page. */
  maxElements: 60_000,
  /** Figures found in the article. */
  maxFigures: 3_000,
  /**
   * Sentences (claims) in the article. Long news features run to a few
   * hundred; 4,000 is a short book, and its review page would take seconds
   * to open and to answer each key.
   */
  maxSentences: 4_000,
};

export type PageLimits = typeof PAGE_LIMITS;

/** The page is past one of PAGE_LIMITS; the message says which, in words for the person importing. */
export class PageLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageLimitError';
  }
}

/**
 * Throws a PageLimitError when an HTML page nests deeper or holds more
 * elements than the limits; parsing (linkedom, linear) is cheap next to
 * what Readability would then do with it.
 *
 * @example assertPageWithinLimits('<div>'.repeat(5000)) // throws: nested 5,000 deep
 */
export function assertPageWithinLimits(html: string, limits: PageLimits = PAGE_LIMITS): void {
  const { document } = parseHTML(html);
  const root = (document as unknown as Document).documentElement;
  if (!root) return;
  let elements = 0;
  let deepest = 0;
  // Iterative walk: a recursive one would itself overflow on a hostile page.
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    elements++;
    if (depth > deepest) deepest = depth;
    if (deepest > limits.maxDepth) {
      throw new PageLimitError(
        `The page nests its elements more than ${limits.maxDepth.toLocaleString('en')} deep; ` +
          'no news page does. Save the article as plain text and import that.',
      );
    }
    if (elements > limits.maxElements) {
      throw new PageLimitError(
        `The page has more than ${limits.maxElements.toLocaleString('en')} HTML elements; ` +
          'save the article itself as plain text and import that.',
      );
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}

/** Throws a PageLimitError when an article has more sentences than the limit (a book, or many articles pasted as one). */
export function assertSentencesWithinLimit(count: number, limits: PageLimits = PAGE_LIMITS): void {
  if (count > limits.maxSentences) {
    throw new PageLimitError(
      `The text has ${count.toLocaleString('en')} sentences, more than the ${limits.maxSentences.toLocaleString('en')} ` +
        'one article may hold; it is more text than an article. Import its articles one at a time.',
    );
  }
}

/** Throws a PageLimitError when an article holds more figures than the limit. */
export function assertFiguresWithinLimit(count: number, limits: PageLimits = PAGE_LIMITS): void {
  if (count > limits.maxFigures) {
    throw new PageLimitError(
      `The article has ${count.toLocaleString('en')} figures, more than the ${limits.maxFigures.toLocaleString('en')} ` +
        'one article may hold; it looks like a data table. Import the article text without the table.',
    );
  }
}
