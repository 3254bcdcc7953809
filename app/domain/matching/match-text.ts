import { porterStem } from './porter-stem';
import { STOPWORDS } from './stopwords';

/** A text made ready for matching: stems for the index, plus the evidence a reranker weighs. */
export interface MatchText {
  /** Stemmed content words in reading order (stopwords dropped). */
  terms: string[];
  /** Numbers as digit strings without separators ("948000", "2019", "70"). */
  numbers: string[];
  /** Stems of words written with a capital inside a sentence (names of people, places, bodies). */
  names: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Splits "IranUSA2020" / "realDonaldTrump" into words at case and digit changes. */
function splitCamel(s: string): string {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .replace(/_/g, ' ');
}

// Link shorteners and picture links carry no words; other links often carry
// a headline slug ("/fact-check/pope-endorses-candidate/") worth reading.
const OPAQUE_HOSTS = /^(t\.co|bit\.ly|ow\.ly|goo\.gl|tinyurl\.com|buff\.ly|dlvr\.it|fb\.me|youtu\.be|ift\.tt|trib\.al)$/i;

function urlWords(url: string): string {
  const m = /^(?:https?:\/\/)?([^/\s]+)(\/[^\s]*)?/i.exec(url);
  if (!m) return ' ';
  const host = m[1].replace(/^www\./i, '');
  const path = m[2] ?? '';
  if (OPAQUE_HOSTS.test(host) || /^pic\.twitter\.com$/i.test(host) || /twitter\.com$/i.test(host)) return ' ';
  // Only slugs: path pieces with hyphens or underscores between words.
  const slugs = path.split(/[/?#&=.]/).filter((p) => /[a-z]{2,}[-_][a-z]{2,}/i.test(p));
  return ' ' + slugs.join(' ').replace(/[-_]/g, ' ') + ' ';
}

/**
 * Cleans a post or claim for matching: decodes entities, reads link slugs and
 * drops opaque links, splits #hashtags and @handles into words, joins digit
 * groups ("948,000" → "948000") and spells "%" as "percent".
 *
 * @example cleanForMatching('Watch #BorderWall go up! pic.twitter.com/x1') === 'Watch  Border Wall go up!  '
 */
export function cleanForMatching(raw: string): string {
  let s = decodeEntities(raw.normalize('NFKC'));
  s = s.replace(/(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s]+/gi, (u) => urlWords(u));
  s = s.replace(/[#@]([\p{L}\p{N}_]+)/gu, (_m, tag: string) => ' ' + splitCamel(tag) + ' ');
  s = s.replace(/(\d)[,.](?=\d{3}\b)/g, '$1');
  s = s.replace(/(\d)\s*%/g, '$1 percent').replace(/\bper\s?cent\b/gi, 'percent');
  s = s.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"');
  return s;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
// Sentence starts: a capital after these is not evidence of a name.
const SENTENCE_END = /[.!?:"“(\n]\s*$/;

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/'/g, '');
}

/** The index stem of one lower-case token, or null for stopwords and single letters. */
export function stemToken(token: string): string | null {
  if (STOPWORDS.has(token) || (token.length < 2 && !/\d/.test(token))) return null;
  return porterStem(token);
}

/**
 * Reads a text into stems, numbers and names for matching.
 *
 * @example toMatchText('Obama released 122 detainees').numbers → ['122']
 */
export function toMatchText(raw: string): MatchText {
  const text = cleanForMatching(raw);
  const terms: string[] = [];
  const numbers: string[] = [];
  const names: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const token = fold(m[0]);
    if (!token) continue;
    if (/^\d+$/.test(token)) {
      const n = token.replace(/^0+(?=\d)/, '');
      numbers.push(n);
      terms.push(n);
      continue;
    }
    const stem = stemToken(token);
    if (!stem) continue;
    terms.push(stem);
    const start = m.index ?? 0;
    const capital = /^\p{Lu}/u.test(m[0]);
    const allCaps = m[0].length > 1 && m[0] === m[0].toUpperCase();
    if (capital && !allCaps && start > 0 && !SENTENCE_END.test(text.slice(Math.max(0, start - 3), start))) names.push(stem);
    else if (allCaps && m[0].length <= 5 && /[A-Z]{2}/.test(m[0])) names.push(stem); // acronyms: NASA, WHO, CDC
  }
  return { terms, numbers, names };
}
