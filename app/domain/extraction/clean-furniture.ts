/**
 * Page furniture: the lines a web page wraps around an article (navigation,
 * share and comment prompts, vote counts, forms, copyright, "Related:"
 * links). Each pattern describes a kind of furniture, not one site's
 * wording, and is tried only on short lines, so an article sentence that
 * happens to mention "comments" or "Twitter" is never taken for furniture.
 */

/** Longest line, in words, that is still tested against the furniture patterns. */
export const FURNITURE_MAX_WORDS = 20;

/** A kind of furniture and the longest line (in words) it may explain. */
type Furniture = readonly [pattern: RegExp, maxWords: number];

const FURNITURE: readonly Furniture[] = [
  // Comment sections: "Total Comments (0)", "Comments About This Article", "Leave a reply".
  [/^(?:\d+\s+|no\s+|total\s+|all\s+|show\s+|view\s+|load\s+|read\s+|hide\s+)?(?:more\s+)?(?:comments?|replies|responses|reader comments)\b/i, 6],
  [/^(?:leave|post|add|write|submit|join)\s+(?:a\s+|your\s+|the\s+)?(?:comment|reply|review|conversation|discussion)/i, 10],
  [/^be the first to comment/i, 10],
  // Sharing, following, subscribing, signing in.
  [/^(?:share|tweet|email|e-mail|print|save|pin|like|follow)(?:\s+(?:this|it|us|on|via|by|the|article|story|page|post|link|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail))*\s*[.:!]?$/i, 6],
  [/^(?:follow us|like us|find us|connect with us|subscribe|sign up|sign in|log ?in|get (?:our|the) newsletter)\b/i, 20],
  [/^(?:register|newsletter)\b/i, 6],
  [/^(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|email|print|copy link|messenger)(?:\s*[|/,·•]\s*\w+)*\s*$/i, 12],
  // Navigation and page chrome.
  [/^(?:search(?:\s+for)?(?:\s+(?:keywords?|this site|articles?))?|skip to (?:main )?content|back to top|toggle navigation|menu|main menu|home|close|open|advertisement|advertising|sponsored(?: content)?|ad|ads|loading|you are here)\s*[.:!]?$/i, 6],
  [/^(?:home|news)\s*[>»/|]/i, 20],
  [/^(?:previous|next|prev|older|newer)\s+(?:article|story|post|page|entries)\b/i, 12],
  // Links to other stories.
  [/^(?:related(?:\s+(?:articles?|stories|posts|content|news|coverage|topics|links))?|read more|read next|read also|also read|see also|more (?:from|on|stories|news|articles|in)|recommended(?: for you| stories| articles)?|you (?:may|might) also (?:like|be interested)|most (?:read|popular|viewed|shared|commented)|trending(?: now)?|top stories|latest (?:news|stories|articles)|editor'?s picks)\b\s*(?::|$|[>»|-])/i, 20],
  [/^(?:tags?|topics?|categories|category|filed under|keywords?)\s*:/i, 20],
  [/^about the (?:author|writer|reporter)s?\s*:?$/i, 4],
  // Legal lines.
  [/^(?:©|\(c\)\s*\d{4}|copyright\b)/i, 20],
  [/\ball rights reserved\b/i, 20],
  [/^(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|privacy policy|terms of (?:use|service)|cookie (?:policy|settings))\b/i, 20],
  // Forms.
  [/\b(?:fill (?:in |out )?the (?:fields|form)|required fields?|code confirming|(?:confirmation|security|verification) code|enter the code|captcha)\b/i, 12],
  [/^(?:your )?(?:name|e-?mail(?: address)?|website|message)\s*[:*]*\s*$/i, 3],
  // Wire-service footers: "(Reporting by …; Editing by …)".
  [/^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b/i, 20],
];

/**
 * Headings after which a page holds no more article: author boxes, comment
 * sections, lists of other stories.
 */
const END_MARKERS =
  /^(?:about the (?:author|writer|reporter)s?|related(?:\s+(?:articles?|stories|posts|coverage))?|more (?:from|stories|news)\b.*|recommended(?: for you| stories| articles)?|you (?:may|might) also like|read next|most (?:read|popular|viewed)|trending(?: now)?|comments?(?: about this article)?|(?:total\s+)?comments?\s*\(\d+\)|leave a (?:comment|reply))\s*:?$/i;

const ONLY_COUNTS = /^[\s()[\]{}\d|•·.,:;/+*#-]+$/;

/** Counts words up to `limit + 1`, enough to tell a short line from a long one. */
export function countWords(line: string, limit = FURNITURE_MAX_WORDS): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length && words <= limit; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * True when a (trimmed) line is page furniture rather than article text.
 *
 * @param lineWords countWords(line, n) with n >= FURNITURE_MAX_WORDS, when the caller has counted already.
 * @example isFurnitureLine('Total Comments (0)') // true
 */
export function isFurnitureLine(line: string, lineWords?: number): boolean {
  const t = line.trim().replace(/^[*•·|>\s]+/, '');
  if (t === '') return false;
  // Only counts, brackets and separators: vote tallies "(81) (69)", pagers "1 2 3".
  if (ONLY_COUNTS.test(t) && /\d/.test(t)) return true;
  const words = t === line && lineWords !== undefined ? Math.min(lineWords, FURNITURE_MAX_WORDS + 1) : countWords(t, FURNITURE_MAX_WORDS);
  for (const [pattern, maxWords] of FURNITURE) if (words <= maxWords && pattern.test(t)) return true;
  return false;
}

/**
 * True when a line opens the part of a page that follows the article
 * ("About the Author", "Related stories", "Comments (3)").
 *
 * @example isEndMarker('About the Author') // true
 */
export function isEndMarker(line: string): boolean {
  const t = line.trim();
  return countWords(t, 8) <= 8 && END_MARKERS.test(t);
}
