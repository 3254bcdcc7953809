import { countWords, FURNITURE_MAX_WORDS, isEndMarker, isFurnitureLine } from './clean-furniture';
import { readCreditFooter, stripDateline } from './clean-dateline';
import { isCaptionLine } from './clean-caption';
import { looksLikeDateLine, looksLikeStandfirst, looksLikeTitle } from './clean-title';

/** A line is article prose when it is this long (in words) and ends like a sentence. */
const PROSE_MIN_WORDS = 8;
/** Share of a short line's text inside links above which it is a link to elsewhere. */
const LINK_LINE_SHARE = 0.8;
const LINK_LINE_MAX_WORDS = 20;
/** How many lines below the title a standfirst may stand (a byline or date may come between). */
const STANDFIRST_REACH = 3;

export interface PageLine {
  text: string;
  /** Paragraph (block of consecutive lines) the line belongs to. */
  block: number;
  /** Share of the characters inside links, when known (HTML). */
  linkShare?: number;
}

export interface LineCleanOptions {
  /** Take the first heading-like line above the article as its title. */
  findTitle: boolean;
  /** The first line is the title already found (HTML): a standfirst may follow it. */
  firstLineIsTitle?: boolean;
  /** Drop lines without sentence punctuation below the article (pages copied as text). */
  dropTrailingFragments: boolean;
}

export interface CleanedLines {
  title: string | null;
  credit: string | null;
  body: string;
  /** The dateline taken off the first paragraph, as written, or null. */
  dateline: string | null;
}

/** An e-mail's subject header and reply/forward marks: "Subject: Re: Fwd: …", "Objet :", "Asunto:", "Konu:". */
const MAIL_PREFIX = /^(?:(?:subject|objet|asunto|konu|betreff|re|fwd?|tr|rv)\s?:\s*)+/i;

/** A title without the e-mail headers in front of it ("Subject: Re: Flood update" → "Flood update"). */
function withoutMailPrefix(title: string): string {
  const rest = title.replace(MAIL_PREFIX, '');
  return rest.trim() === '' ? title : rest;
}

/** Ends with sentence punctuation, possibly inside closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  let e = line.length;
  while (e > 0 && /[\s"'”’»)\]*_]/.test(line[e - 1])) e--;
  return e > 0 && /[.!?…:]/.test(line[e - 1]);
}

/** A line of prose, given its words as countWords counts them (any limit of at least PROSE_MIN_WORDS). */
function isProse(line: string, words: number): boolean {
  return words >= PROSE_MIN_WORDS && endsLikeSentence(line);
}

/**
 * Keeps the article among a page's lines: drops furniture and captions anywhere, chrome
 * above the first paragraph of prose, everything after an end marker
 * ("About the Author", "Comments"), link lists, and the dateline; reads the
 * title and the credit on the way.
 *
 * @example cleanLines([{ text: 'Home', block: 0 }, { text: 'Rebels retook the town on Thursday, activists said.', block: 1 }], { findTitle: true, dropTrailingFragments: true })
 * // { title: null, credit: null, body: 'Rebels retook the town on Thursday, activists said.' }
 */
export function cleanLines(lines: PageLine[], options: LineCleanOptions): CleanedLines {
  const keep = new Array<boolean>(lines.length).fill(true);
  // Each line's words counted once, up to the largest limit any test below asks (min(words, limit + 1) answers the others).
  const words = lines.map((l) => countWords(l.text, FURNITURE_MAX_WORDS));
  const firstProse = lines.findIndex((l, i) => isProse(l.text, words[i]));
  let lastProse = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (isProse(lines[i].text, words[i])) { lastProse = i; break; }

  let footerCredit: string | null = null;
  let title: string | null = null;
  let titleAt = options.firstLineIsTitle ? 0 : -1;
  let standfirstKept = false;
  let ended = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (ended) {
      keep[i] = false;
      continue;
    }
    const footer = i > firstProse && words[i] <= 10 ? readCreditFooter(text) : null;
    if (footer) {
      footerCredit ??= footer;
      keep[i] = false;
    } else if (i > firstProse && i >= lines.length / 2 && isEndMarker(text)) {
      ended = true;
      keep[i] = false;
    } else if (isFurnitureLine(text, words[i]) || isCaptionLine(text)) {
      keep[i] = false;
    } else if ((lines[i].linkShare ?? 0) >= LINK_LINE_SHARE && words[i] <= LINK_LINE_MAX_WORDS) {
      keep[i] = false; // a link to another page: "Related: …", a list of other headlines
    } else if (firstProse >= 0 && i < firstProse) {
      // Above the article: the first heading-like line is the title; the rest is chrome
      // (section names, bylines, dates, breadcrumbs) unless it reads as prose.
      if (options.findTitle && title === null && looksLikeTitle(text)) {
        title = withoutMailPrefix(text);
        titleAt = i;
        keep[i] = false;
      } else if (titleAt >= 0 && i > titleAt && i - titleAt <= STANDFIRST_REACH && !standfirstKept && looksLikeStandfirst(text)) {
        standfirstKept = true; // the summary under the headline carries its claim and figure
      } else if (!endsLikeSentence(text) || looksLikeDateLine(text)) {
        keep[i] = false;
      }
    } else if (options.dropTrailingFragments && lastProse >= 0 && i > lastProse && !endsLikeSentence(text)) {
      keep[i] = false; // below the article, lines that are not sentences are page furniture
    }
  }
  // A repeated title or a line naming only the publisher is not article text.
  const drop = new Set([title, footerCredit].filter((x): x is string => !!x).map((x) => x.toLowerCase()));
  // lower-casing never shortens a string: a line longer than every dropped text cannot be one
  const longest = Math.max(0, ...[...drop].map((x) => x.length));
  for (let i = 0; i < lines.length; i++) {
    if (keep[i] && lines[i].text.length <= longest && drop.has(lines[i].text.toLowerCase())) keep[i] = false;
  }

  const texts = lines.map((l) => l.text);
  let credit: string | null = null;
  let dateline: string | null = null;
  const first = keep.indexOf(true);
  if (first >= 0) {
    const d = stripDateline(texts[first]);
    if (d.text !== texts[first]) {
      texts[first] = d.text.trim();
      if (texts[first] === '') keep[first] = false;
      credit = d.credit;
      dateline = d.dateline;
    }
  }
  let body = '';
  let prevBlock = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    if (body !== '') body += lines[i].block === prevBlock ? '\n' : '\n\n';
    body += texts[i];
    prevBlock = lines[i].block;
  }
  return { title, credit: credit ?? footerCredit, body, dateline };
}
