import { countWords } from './clean-furniture';

/** Longest caption, in words, that the line filter recognises. */
const CAPTION_MAX_WORDS = 45;

/**
 * Elements that hold a photo or video caption or a picture credit. Matched on
 * tag and class/id words, never a site's whole class name: "caption",
 * "credit" and "byline-photo" style words are what page templates use.
 */
export const CAPTION_SELECTOR = [
  'figcaption',
  '[class*="caption"]',
  '[class*="Caption"]',
  '[id*="caption"]',
  '[class*="credit"]',
  '[class*="Credit"]',
  '[class*="photo-byline"]',
  '[class*="image-byline"]',
].join(', ');

// A credit in brackets at the very end: "(Reuters)", "(AP Photo/Jane Roe)", "(Getty Images)", "(File photo)".
const TRAILING_CREDIT = /[.!?]["”’]?\s*\((?:[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3})(?:\s*\/\s*[^()]{1,60})?\)\s*$/u;
const ONLY_CREDIT = /^\((?:[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3})(?:\s*\/\s*[^()]{1,60})?\)$/u;
// "Photo: …", "Image: …", "Video: …", "Pictured: …", "Credit: …", "Photograph: …"
const LABELLED = /^(?:photo|image|picture|pictured|video|watch|credit|photograph|file photo|caption|illustration)s?\s*[:|–—-]\s+/i;

/**
 * A line that is a photo or video caption or a credit rather than article
 * text: a short block that ends with a bracketed credit after its last
 * sentence ("… left 20 dead. (Reuters)"), a lone credit, or a labelled
 * caption ("Photo: …").
 *
 * @example isCaptionLine('Rescuers search the rubble of a school. (AP Photo/Ana Ruiz)') // true
 */
export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  // The patterns first: most lines fail them at once (a credit closes the trimmed line with its bracket),
  // and only a line that matches has its words counted.
  if (!((t.endsWith(')') && (TRAILING_CREDIT.test(t) || ONLY_CREDIT.test(t))) || LABELLED.test(t))) return false;
  return countWords(t, CAPTION_MAX_WORDS) <= CAPTION_MAX_WORDS;
}
