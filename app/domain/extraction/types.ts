/** Shapes produced by the extraction engine (the command's input and output: docs/extraction.md). */
import type { Conventions } from '../figures/conventions';

export type ArticleFormat = 'text' | 'html';

export interface ExtractRequest {
  text: string;
  format?: ArticleFormat;
  /** true: find the title and drop page furniture; false: keep every character. */
  clean?: boolean;
  /** How vague words become numbers (the editors' setting); the default table when absent. */
  conventions?: Conventions;
  /** BCP 47 language assumed when the detector is unsure (short texts); "en" when absent. */
  deskLanguage?: string;
}

export interface CleanedPage {
  title: string | null;
  body: string;
  /** Publisher or credit named by a dateline/footer, e.g. "Zaman Al Wasl". */
  credit: string | null;
  /** The dateline the clean-up took off the first paragraph ("KATHMANDU, Aug 14 (Reuters)"), kept as the article's; null when none. */
  dateline?: string | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  checkworthiness: number;
  checkworthy: boolean;
  /** Why the score is what it is, for the UI ("contains a figure", "opinion"). */
  reasons: string[];
  attribution: string | null;
  /** BCP 47 language of the sentence's paragraph ("en", "ar"), "und" when none can be named. */
  language: string;
}

/** Something the reader of an extraction should know ("figures are not read in German yet"). */
export interface Notice {
  code: 'language_not_read' | 'language_assumed';
  /** The language the notice is about (BCP 47). */
  language: string;
  message: string;
}

export type Qualifier =
  | 'exact'
  | 'more_than'
  | 'at_least'
  | 'fewer_than'
  | 'at_most'
  | 'up_to'
  | 'nearly'
  | 'approx'
  | 'range'
  | 'vague';

/** "count", "money", "percent", or a unit of measure as written ("km", "m", "bhp"). */
export type FigureUnit = 'count' | 'percent' | 'money' | (string & {});

export interface Figure extends Span {
  text: string;
  /** Index into the sentences array. */
  sentence: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  counted: string | null;
  event: string | null;
  unit: FigureUnit;
  /** Currency code for money ("USD"), else null. */
  currency: string | null;
  /** Which convention produced low/high, e.g. "nearly N → [0.9N, N]". */
  rule: string;
  /** M in "N out of M": the whole the figure is a part of (never a competing figure). */
  whole?: number;
}

export type GroupVerdict = 'consistent' | 'conflicting';

export interface FigureGroup {
  label: string;
  /** Indices into the figures array. */
  figures: number[];
  verdict: GroupVerdict;
  /** Who gave each figure (its sentence's attribution), in the order of `figures`; null where unsaid. */
  sources?: (string | null)[];
}

export interface ExtractionResult {
  title: string | null;
  credit: string | null;
  /** Where and when the story was filed, as its dateline says; null when it has none. */
  dateline: string | null;
  body: string;
  /** BCP 47 language of the article ("en", "ar", "fr", "es", "tr"), "und" when none can be named. */
  language: string;
  notices: Notice[];
  sentences: Sentence[];
  figures: Figure[];
  groups: FigureGroup[];
}
