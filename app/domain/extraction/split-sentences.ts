import type { Span } from './types';
import type { Language, SentenceLexicon } from './language/types';
import { DEFAULT_LANGUAGE } from './language/languages';
import * as chars from './sentence-chars';
import { readListMarker } from './sentence-list-marker';
import { matchBrackets } from './sentence-brackets';
import { findQuotes } from './sentence-quotes';
import { lineBreakEndsSentence } from './sentence-line-break';
import { segmentSentences } from './split-segmenter';

// Local bindings: loaders that compile modules to CommonJS (tsx) turn every
// call of an imported function into a getter lookup, a third of the scan time.
const { isBullet, isCloser, isDigit, isOpener, isSpace, isTerminal, isWordChar, letterCase } = chars;

const LF = 10;
const CR = 13;
const DOT = 46;
const BACKSLASH = 92;
const ELLIPSIS = 0x2026;

/** Multi-period abbreviation such as "U.S", "U.S.A", "D.C", "Ph.D" (final period excluded). */
function isDottedAbbreviation(word: string): boolean {
  let letters = 0;
  let dots = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === DOT) {
      if (letters === 0 || letters > 2) return false;
      dots++;
      letters = 0;
    } else if (letterCase(c) !== 0) letters++;
    else return false;
  }
  return dots > 0 && letters > 0 && letters <= 2;
}

/**
 * A hand-written, single-pass sentence scanner. It walks the text once,
 * looks at each candidate end (. ! ? … and line breaks) and decides from the
 * word before and the token after, so it runs in linear time with no
 * backtracking regular expressions.
 */
class SentenceScanner {
  private readonly n: number;
  private readonly spans: Span[] = [];
  private readonly closeOf: Map<number, number>;
  private readonly quoteClose: Map<number, number>;
  /** Inside a quotation up to (and including) this index. */
  private quoteEnd = -1;
  private segStart = 0;
  /** First non-space character of the current sentence, or -1. */
  private segFirst = -1;
  private segHasWord = false;
  private lineStart = 0;
  /** Inside a bracketed stretch up to this index; ends inside it are suppressed. */
  private shieldEnd = -1;
  /** The next item marker of an inline list ("2)" after "1) …"), or null. */
  private listNext: string | null = null;
  private readonly escapedBreaks: boolean;

  constructor(
    private readonly body: string,
    private readonly lex: SentenceLexicon,
  ) {
    this.n = body.length;
    this.closeOf = matchBrackets(body);
    this.quoteClose = findQuotes(body);
    // Text escaped once too often ("line one\nline two" with a literal backslash-n)
    // has no real line breaks; treat the escapes as the breaks they stand for.
    this.escapedBreaks = body.indexOf('\n') < 0 && body.indexOf('\\n') >= 0;
  }

  run(): Span[] {
    const { body, n } = this;
    let i = 0;
    while (i < n) {
      const c = body.charCodeAt(i);
      if (c === LF || c === CR || (c === BACKSLASH && this.escapedBreaks && body.charCodeAt(i + 1) === 110)) {
        i = this.lineBreak(i);
        continue;
      }
      // Fast path: ASCII letters and digits inside a sentence are most of the text.
      if (this.segHasWord && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
        i++;
        continue;
      }
      if (this.segFirst < 0 && !isSpace(c)) this.startSegment(i);
      if (isWordChar(c)) {
        this.segHasWord = true;
        i++;
        continue;
      }
      if (c === 40 || c === 91) {
        const close = this.closeOf.get(i);
        if (close !== undefined && close > this.shieldEnd) this.shieldEnd = close;
      } else if (c === 34 || c === 39 || c === 96 || c === 0x201c || c === 0x2018 || c === 0x201d || c === 0x2019) {
        if (i === this.quoteEnd) {
          this.quoteEnd = -1;
          if (this.segHasWord && this.interruptedSpeechEnds(i)) {
            this.emit(i + 1, i + 1);
            i++;
            continue;
          }
        }
        const close = this.quoteClose.get(i);
        if (close !== undefined && close > this.quoteEnd) this.quoteEnd = close;
      } else if (isTerminal(c)) {
        i = this.terminal(i);
        continue;
      } else if (isSpace(c)) {
        const next = body.charCodeAt(i + 1);
        if (next >= 97 && next <= 122 && this.listNext === null) {
          i++;
          continue; // nothing below starts before a lower-case word
        }
        const ruleEnd = this.separatorRule(i);
        if (ruleEnd > 0) {
          i = ruleEnd;
          continue;
        }
        if (this.runOnBoundary(i) || this.afterGreeting(i)) this.emit(i, i + 1);
        else if (this.listNext !== null && body.startsWith(this.listNext, i + 1) && this.segHasWord) {
          const after = i + 1 + this.listNext.length;
          if (after >= n || isSpace(body.charCodeAt(after))) this.emit(i, i + 1);
        }
      } else if (isBullet(c) && this.segHasWord && i > 0 && isSpace(body.charCodeAt(i - 1))) {
        this.emit(i, i);
        this.startSegment(i);
      }
      i++;
    }
    this.emit(n, n);
    return this.spans;
  }

  private startSegment(i: number): void {
    this.segFirst = i;
    let k = i;
    while (k < this.n && isBullet(this.body.charCodeAt(k))) k++;
    const marker = readListMarker(this.body, k);
    this.listNext = marker ? marker.next : null;
  }

  /** Ends the current sentence at `end` (trimmed) and starts the next one at `next`. */
  private emit(end: number, next: number): void {
    let s = this.segStart;
    let e = end;
    while (s < e && isSpace(this.body.charCodeAt(s))) s++;
    while (e > s && isSpace(this.body.charCodeAt(e - 1))) e--;
    if (e > s) this.spans.push({ start: s, end: e });
    this.segStart = next;
    this.segFirst = -1;
    this.segHasWord = false;
    this.listNext = null;
  }

  private lineBreak(i: number): number {
    const { body, n } = this;
    let j = i;
    let breaks = 0;
    while (j < n) {
      const c = body.charCodeAt(j);
      if (c === LF) breaks++;
      else if (c === BACKSLASH && this.escapedBreaks && body.charCodeAt(j + 1) === 110) {
        breaks++;
        j += 2;
        continue;
      } else if (c === CR) {
        if (body.charCodeAt(j + 1) !== LF) breaks++;
      } else if (!isSpace(c)) break;
      j++;
    }
    const lineEnd = i;
    if (breaks >= 2 || j >= n) this.emit(lineEnd, j);
    else if (!this.segHasWord && this.segFirst >= 0) this.emit(lineEnd, j); // a line of symbols: "* * *", "/"
    else if (this.segHasWord && lineBreakEndsSentence(body, this.lineStart, lineEnd, j, this.lex)) this.emit(lineEnd, j);
    this.lineStart = j;
    this.shieldEnd = -1;
    this.quoteEnd = -1;
    return j;
  }

  /** Handles final punctuation at `i`; returns where scanning resumes. */
  private terminal(i: number): number {
    const { body, n } = this;
    let j = i;
    while (j < n && isTerminal(body.charCodeAt(j))) j++;
    // A detached spaced ellipsis "word . . ." (four dots: an ellipsis and a period) is one mark;
    // glued to a word ("end. . . . The") the first dot ends the sentence and the rest opens the next.
    let spacedDots = 0;
    if (j === i + 1 && isSpace(body.charCodeAt(i - 1)) && body.charCodeAt(i) === DOT && body.charCodeAt(i + 1) === 32 && body.charCodeAt(i + 2) === DOT) {
      spacedDots = 1;
      while (body.charCodeAt(j) === 32 && body.charCodeAt(j + 1) === DOT) {
        j += 2;
        spacedDots++;
      }
      if (spacedDots < 3) {
        j = i + 1;
        spacedDots = 0;
      }
    }
    if (!this.segHasWord) return j;
    let k = j;
    if (i < this.shieldEnd) {
      // Inside brackets only an end right before the closing bracket counts: "(He left.)"
      while (k < n && k < this.shieldEnd && isCloser(body.charCodeAt(k))) k++;
      if (k !== this.shieldEnd) return j;
    }
    const c = body.charCodeAt(i);
    if (body.charCodeAt(i - 1) === 91) return j; // "[...]" marks an elision, not an end
    const single = j - i === 1;
    const isDot = c === DOT;
    const after = body.charCodeAt(j);
    if (body.charCodeAt(i - 1) === 58) return j; // ":?" is mangled text, not an end
    const footnote = after === 91 && isDigit(body.charCodeAt(j + 1));
    if (k === j && j < n && !isSpace(after) && !isCloser(after) && !footnote) {
      // No space after the punctuation.
      if (single && isDot && isDigit(after)) {
        if (isDigit(body.charCodeAt(i - 1))) return j; // decimal, date or version: 2.5, 11.18.2014
        // A footnote number glued to the end: "(type 2).10 This"
        let m = j;
        while (m < n && m - j < 3 && isDigit(body.charCodeAt(m))) m++;
        if (m < n && !isSpace(body.charCodeAt(m))) return j;
        k = m;
      } else {
        if (letterCase(after) === 1 && letterCase(body.charCodeAt(j + 1)) === -1 && this.gluedEnd(i, isDot)) {
          this.emit(j, j);
          return j;
        }
        return j;
      }
    }
    // "on Tuesday.\"We lost": scraped text lost the space before an opening quote.
    if (k === j && this.quoteClose.has(j) && letterCase(body.charCodeAt(j + 1)) === 1 && isWordChar(body.charCodeAt(i - 1))) {
      this.emit(j, j);
      return j;
    }
    // Closing quotes and brackets, then footnote references such as [7][8].
    while (k < n && isCloser(body.charCodeAt(k))) k++;
    if (i < this.quoteEnd && k <= this.quoteEnd && this.quoteHoldsTogether(i, j)) return k;
    // Closing footnote references such as [7][8].
    while (body.charCodeAt(k) === 91) {
      let m = k + 1;
      while (m < n && isDigit(body.charCodeAt(m))) m++;
      if (m === k + 1 || body.charCodeAt(m) !== 93) break;
      k = m + 1;
    }
    if (k > this.shieldEnd) this.shieldEnd = -1;
    if (k >= n) {
      this.emit(k, k);
      return k;
    }
    if (!isSpace(body.charCodeAt(k))) return k;
    let m = k;
    let newline = false;
    while (m < n && isSpace(body.charCodeAt(m))) {
      if (body.charCodeAt(m) === LF) newline = true;
      m++;
    }
    if (m >= n) {
      this.emit(k, m);
      return m;
    }
    // A spaced ellipsis after the end (". . . The") belongs to the next sentence;
    // before a lower-case word it is an elision inside this one.
    if (body.charCodeAt(m) === DOT && body.charCodeAt(m + 1) === 32 && body.charCodeAt(m + 2) === DOT) {
      let p = m;
      while (p < n && (body.charCodeAt(p) === DOT || body.charCodeAt(p) === 32)) p++;
      if (p >= n) return p;
      if (letterCase(body.charCodeAt(p)) === 1) this.emit(k, k);
      return p;
    }
    const dash = body.charCodeAt(m);
    if (!newline && k > j && (dash === 45 || dash === 0x2013 || dash === 0x2014) && body.charCodeAt(m + 1) === 32) {
      return k; // a quotation and its source: '"…a long game." - Matthew Ingram'
    }
    let q = m;
    while (q < n && isOpener(body.charCodeAt(q))) q++;
    const nextCase = letterCase(body.charCodeAt(q));
    let ends: boolean;
    if (!this.nextHasWord(m)) {
      ends = newline; // an emoticon or symbol after the end stays with it: "family !!!! :-)"
    } else if (!isDot || !single) {
      // Two dots are a sloppy period ("San Francisco.. I want"); three or more trail off.
      const ellipsis = c === ELLIPSIS || (isDot && body.charCodeAt(i + 1) === DOT && body.charCodeAt(i + 2) === DOT);
      let question = false;
      for (let t = i; t < j; t++) if (body.charCodeAt(t) === 63) question = true;
      if (spacedDots >= 4) ends = newline || nextCase === 1;
      else if (ellipsis || spacedDots) ends = newline || (nextCase === 1 && !this.uninformativeCapital(q));
      // "are you kidding? why would you" ends; "alone! he yelled" and '"Why?" she asked' go on.
      else if (question && k === j) ends = true;
      else ends = nextCase !== -1;
    } else {
      // A period inside a closing quote or bracket before a lower-case word
      // continues the sentence: "'This is great.' she said."
      ends = nextCase === -1 && k > j ? false : this.dotEnds(i, m, q, nextCase, newline);
    }
    if (ends) this.emit(k, k);
    return k;
  }

  /**
   * Inside a quotation, an exclamation or question does not end the
   * sentence ("Run! Run now! They are coming!" is one utterance), and a
   * quotation that itself ends in ! or ? is kept whole; a quotation of
   * statements ending in a period is split as running text, as news does.
   */
  private quoteHoldsTogether(i: number, j: number): boolean {
    const { body } = this;
    let hasDot = false;
    for (let t = i; t < j; t++) if (body.charCodeAt(t) === DOT) hasDot = true;
    if (!hasDot) return true;
    let e = this.quoteEnd;
    while (e > i && isCloser(body.charCodeAt(e - 1))) e--;
    const last = body.charCodeAt(e - 1);
    return last === 33 || last === 63;
  }

  /** A sentence boundary without punctuation at the space `i`: "…constituency In the New…" */
  private runOnBoundary(i: number): boolean {
    const { body, n } = this;
    const c1 = body.charCodeAt(i + 1);
    if (this.afterAddress(i) || this.afterEmoticon(i)) return true;
    if (c1 < 65 || c1 > 90 || !this.segHasWord || i < this.quoteEnd || i < this.shieldEnd) return false;
    const prev = body.charCodeAt(i - 1);
    if (letterCase(prev) === 0 && !isDigit(prev)) return false;
    let e = i + 1;
    while (e < n && e - i < 12 && letterCase(body.charCodeAt(e)) !== 0) e++;
    if (body.charCodeAt(e) !== 32 || letterCase(body.charCodeAt(e + 1)) !== -1) return false;
    if (!this.lex.runOnOpeners.has(body.slice(i + 1, e))) return false;
    let s = i;
    while (s > this.segStart && !isSpace(body.charCodeAt(s - 1))) s--;
    const before = body.slice(s, i).toLowerCase();
    const { nonFinal, titles, starters } = this.lex;
    return !nonFinal.has(before) && !titles.has(before) && !starters.has(before);
  }

  /** A web or mail address before the space `i` and a capitalised word after it: "…@example.com Our office…" */
  private afterAddress(i: number): boolean {
    const { body, n } = this;
    const prev = body.charCodeAt(i - 1);
    if (!this.segHasWord || !(letterCase(prev) !== 0 || isDigit(prev) || prev === 62 || prev === 47)) return false;
    let q = i + 1;
    while (q < n && isOpener(body.charCodeAt(q))) q++;
    if (letterCase(body.charCodeAt(q)) !== 1) return false;
    let s = i;
    while (s > this.segStart && i - s < 300 && !isSpace(body.charCodeAt(s - 1))) s--;
    const token = body.slice(s, i);
    if (token.length < 6) return false;
    const at = token.indexOf('@');
    return token.includes('://') || token.startsWith('www.') || (at > 0 && token.indexOf('.', at) > at);
  }

  /** An emoticon before the space `i` and a capitalised word after it: "…isn't seak :) Now I have…" */
  private afterEmoticon(i: number): boolean {
    const { body } = this;
    const last = body.charCodeAt(i - 1);
    if (!this.segHasWord || !(last === 41 || last === 40 || last === 68 || last === 80)) return false; // ) ( D P
    let s = i - 1;
    while (s > this.segStart && i - s < 4 && !isSpace(body.charCodeAt(s - 1))) s--;
    const eyes = body.charCodeAt(s);
    if (!(eyes === 58 || eyes === 59 || eyes === 61) || (s > 0 && !isSpace(body.charCodeAt(s - 1)))) return false;
    return letterCase(body.charCodeAt(i + 1)) === 1;
  }

  /**
   * A separator token such as "=====" or "_____" between words stands on its
   * own: it ends the sentence before it and is not part of the next one.
   * Returns where scanning resumes, or -1 when there is no separator at `i + 1`.
   */
  private separatorRule(i: number): number {
    const { body, n } = this;
    const c = body.charCodeAt(i + 1);
    if (!(c === 61 || c === 95 || c === 45 || c === 42 || c === 126 || c === 35)) return -1;
    let e = i + 1;
    while (e < n && body.charCodeAt(e) === c) e++;
    if (e - (i + 1) < 4 || (e < n && !isSpace(body.charCodeAt(e)))) return -1;
    this.emit(i, i + 1);
    this.spans.push({ start: i + 1, end: e });
    this.segStart = e;
    return e;
  }

  /** Whether the whitespace-delimited token at `m` contains a letter or digit (or opens a bracket: "[...]"). */
  private nextHasWord(m: number): boolean {
    const { body, n } = this;
    if (body.charCodeAt(m) === 91 || body.charCodeAt(m) === 40) return true;
    for (let t = m; t < n && t - m < 24; t++) {
      const c = body.charCodeAt(t);
      if (isSpace(c)) return false;
      if (isWordChar(c)) return true;
    }
    return false;
  }

  /**
   * A capital that says nothing about a sentence start: the pronoun "I" and
   * words in capitals ("NEED HELP"), which is what follows an ellipsis that
   * only trails off ("Nice people... I hear.").
   */
  private uninformativeCapital(q: number): boolean {
    const { body, n } = this;
    const second = q + 1 < n ? body.charCodeAt(q + 1) : 32;
    if (body.charCodeAt(q) === 73 && (isSpace(second) || second === 39 || second === 0x2019)) return true;
    return letterCase(second) === 1;
  }

  /** A quotation broken off with a dash before a capitalised word: 'sir--" The Rabbit…' */
  private interruptedSpeechEnds(close: number): boolean {
    const { body, n } = this;
    const before = body.charCodeAt(close - 1);
    if (before !== 45 && before !== 0x2014 && before !== 0x2013) return false;
    if (close + 1 >= n || !isSpace(body.charCodeAt(close + 1))) return false;
    let q = close + 1;
    while (q < n && isSpace(body.charCodeAt(q))) q++;
    while (q < n && isOpener(body.charCodeAt(q))) q++;
    return letterCase(body.charCodeAt(q)) === 1;
  }

  /** "world.Today": a period glued to a capitalised word ends a sentence unless the word is a URL or name. */
  private gluedEnd(i: number, isDot: boolean): boolean {
    if (!isDot) return true;
    const { body } = this;
    let s = i;
    while (s > 0 && !isSpace(body.charCodeAt(s - 1))) s--;
    if (i - s < 2) return false;
    for (let k = s; k < i; k++) {
      const c = body.charCodeAt(k);
      if (c === DOT || c === 47 || c === 64 || c === 58) return false; // . / @ :
    }
    // The word after it is not the rest of an address: "Sam.Reyes@example.org", "docs.Example.com/x".
    for (let k = i + 1; k < this.n && !isSpace(body.charCodeAt(k)); k++) {
      const c = body.charCodeAt(k);
      if (c === 47 || c === 64) return false; // / @
    }
    const last = body.charCodeAt(i - 1);
    return letterCase(last) === -1 || isDigit(last);
  }

  /** Decides whether a single period at `i` ends the sentence; the next word starts at `q`. */
  private dotEnds(i: number, m: number, q: number, nextCase: number, newline: boolean): boolean {
    const { body } = this;
    // The word before the period, without opening quotes or brackets.
    let s = i;
    while (s > this.segStart && !isSpace(body.charCodeAt(s - 1))) s--;
    while (s < i && isOpener(body.charCodeAt(s))) s++;
    if (s === i) return true; // "survive ." - a detached period
    const lastBefore = body.charCodeAt(i - 1);
    if (isCloser(lastBefore)) return true; // "(Smith 55)."
    // A list marker opening the sentence: "1. Item", "a. here", "Q. What"
    if (s === this.segFirst || (this.segFirst >= 0 && s > this.segFirst && this.onlyBulletsBetween(this.segFirst, s))) {
      const marker = readListMarker(body, s);
      if (marker && marker.end > i) return false;
    }
    // An inline list after a colon: "Steps: 1. Open the box. 2. …"
    if (s >= 2 && body.charCodeAt(s - 2) === 58 && isSpace(body.charCodeAt(s - 1))) {
      const marker = readListMarker(body, s);
      if (marker && marker.end === i + 1) return false;
    }
    const word = body.slice(s, i);
    const key = word.toLowerCase();
    const capitalised = letterCase(word.charCodeAt(0)) === 1;
    const nextIsDigit = isDigit(body.charCodeAt(q));
    const lex = this.lex;
    if (lex.titles.has(key) || lex.continuing.has(key)) return false;
    if (newline) return true;
    if (lex.clock.has(key)) return nextCase === 1 && !this.frontedTime(s);
    if (lex.numberPrefixes.has(key) && nextIsDigit) return false;
    if (lex.months.has(key)) return nextCase === 1;
    if (lex.final.has(key) || (capitalised && lex.capitalised.has(key))) {
      if (nextCase !== 1) return false;
      return key === 'etc' || this.nextIsStarter(q) || this.nextIsSubject(q);
    }
    if (word.length === 1 && letterCase(word.charCodeAt(0)) !== 0) {
      // Single letters are initials ("Alfred E. Sloan") or variables ("incident to v. Then");
      // only the pronoun I ends a sentence, and only before an opener ("you and I. Did").
      return word === 'I' && nextCase === 1 && this.nextIsStarter(q);
    }
    if (isDottedAbbreviation(word)) {
      if (nextCase !== 1) return false;
      return this.nextIsStarter(q) || q > m || this.nextIsSubject(q);
    }
    return true;
  }

  /**
   * After an abbreviation, a capitalised common noun followed by a verb opens
   * a sentence ("…in the U.S. Officials said"), while a name goes on ("the
   * U.S. Army said"): the noun is one the lexicon lists as a usual subject,
   * or a plural the text also writes in lower case.
   */
  private nextIsSubject(q: number): boolean {
    const { body, n } = this;
    let e = q;
    while (e < n && e - q < 24 && letterCase(body.charCodeAt(e)) !== 0) e++;
    if (body.charCodeAt(e) !== 32 || letterCase(body.charCodeAt(e + 1)) !== -1) return false;
    const key = body.slice(q, e).toLowerCase();
    if (this.lex.subjectNouns.has(key)) return true;
    return key.length > 3 && key.endsWith('s') && this.lowerCaseWords().has(key);
  }

  private lowerWords: Set<string> | null = null;

  /** Words the text writes in lower case, computed once and only when an abbreviation asks. */
  private lowerCaseWords(): Set<string> {
    if (!this.lowerWords) {
      this.lowerWords = new Set(this.body.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []);
    }
    return this.lowerWords;
  }

  /**
   * A greeting or sign-off ends its own sentence at the comma or colon at
   * `i - 1`: "Dear Ms Ortiz, Thank you…", "Hi all: Please…", "Best regards,
   * Nadia", and a bare name opening a line before a typical opener ("Greg, I
   * faxed…").
   */
  private afterGreeting(i: number): boolean {
    const { body } = this;
    const mark = body.charCodeAt(i - 1);
    if ((mark !== 44 && mark !== 58) || this.segFirst < 0 || i - this.segFirst > 40) return false;
    if (letterCase(body.charCodeAt(i + 1)) !== 1 || i < this.quoteEnd || i < this.shieldEnd) return false;
    const phrase = body.slice(this.segFirst, i - 1).toLowerCase();
    const words = phrase.split(' ');
    if (this.lex.signOffs.has(phrase) || (words.length <= 4 && this.lex.greetings.has(words[0]))) return !this.addresseeFollows(i);
    if (words.length > 2 || this.segFirst !== this.lineStart || this.lex.starters.has(words[0]) || words[0].endsWith('ly')) {
      return false;
    }
    if (!words.every((w, k) => w.length > 1 && letterCase(body.charCodeAt(this.segFirst + (k === 0 ? 0 : words[0].length + 1))) === 1)) {
      return false;
    }
    let e = i + 1;
    while (e < this.n && e - i < 12 && letterCase(body.charCodeAt(e)) !== 0) e++;
    const next = body.slice(i + 1, e);
    return next === 'I' || this.lex.letterOpeners.has(next.toLowerCase());
  }

  /**
   * After a greeting's comma, the name it is addressed to and the end of the
   * greeting: "Good morning, Lisa." "Hello, Dr. Amal Haddad!" (one sentence);
   * a name that ends the text is a signature, not an addressee.
   */
  private addresseeFollows(i: number): boolean {
    const { body, n } = this;
    let k = i + 1;
    for (let words = 0; words < 4 && k < n; words++) {
      if (letterCase(body.charCodeAt(k)) !== 1) return false;
      while (k < n && (isWordChar(body.charCodeAt(k)) || body.charCodeAt(k) === 39 || body.charCodeAt(k) === 45)) k++;
      const c = body.charCodeAt(k);
      if (k >= n) return false; // a signature under a sign-off: "Best regards, Nadia Kerr"
      if (isTerminal(c) || c === 44) return true;
      if (c === DOT) k++; // "Dr." "Ms."
      if (!isSpace(body.charCodeAt(k))) return false;
      k++;
    }
    return false;
  }

  private onlyBulletsBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const c = this.body.charCodeAt(k);
      if (!isBullet(c) && !isSpace(c)) return false;
    }
    return true;
  }

  private nextIsStarter(q: number): boolean {
    const { body, n } = this;
    let e = q;
    while (e < n && e - q < 16 && letterCase(body.charCodeAt(e)) !== 0) e++;
    return this.lex.starters.has(body.slice(q, e).toLowerCase());
  }

  /** "At 5 a.m." opening a sentence is an adverbial, not a sentence. */
  private frontedTime(wordStart: number): boolean {
    const words = this.body.slice(this.segStart, wordStart).trim().split(/\s+/);
    return words.length <= 3 && this.lex.timePrepositions.has(words[0].toLowerCase());
  }
}

/**
 * Splits clean article text into sentences; spans index into `body` and are
 * trimmed of whitespace. `language` supplies the splitter and its words
 * (English's hand scanner when absent; Intl.Segmenter with corrections for
 * languages whose rules say so, ADR 023).
 *
 * @example splitSentences('I live in the U.S. He works at 5 p.m. daily.') // [{start:0,end:18},{start:19,end:44}]
 */
export function splitSentences(body: string, language: Language = DEFAULT_LANGUAGE): Span[] {
  const rules = language.sentences;
  if (rules.splitter === 'segmenter') return segmentSentences(body, rules.words);
  return new SentenceScanner(body, rules.words).run();
}
