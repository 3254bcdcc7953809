/**
 * Abbreviations the sentence splitter must not mistake for sentence ends.
 * Keys are lower-case, without the final period ("mr", "u.s", "sept").
 * Grouped by how the word after them behaves, because that is what decides
 * whether a period after them can still end a sentence.
 */

/** Titles and name prefixes: always followed by a name, so never sentence-final ("Dr. Ahmed"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mssrs', 'messrs', 'mme', 'mlle', 'dr', 'drs', 'prof', 'profs', 'rev', 'revd', 'hon',
  'pres', 'gen', 'lt', 'col', 'capt', 'cpt', 'cmdr', 'comdr', 'adm', 'maj', 'brig', 'sgt', 'cpl', 'pvt',
  'pfc', 'spc', 'sen', 'sens', 'rep', 'reps', 'gov', 'atty', 'supt', 'insp', 'det', 'amb', 'fr',
  'srta', 'lieut', 'cdr', 'ens', 'sec', 'secy', 'treas', 'sra', 'sgts', 'gens',
]);

/** Abbreviations that are never sentence-final because something always follows them ("e.g. this"). */
export const CONTINUING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'ca', 'approx', 'appx', 'incl', 'esp', 'f.e', 'w.r.t',
  'a.k.a', 'aka', 'resp', 'ps', 'p.s', 'pps', 'p.p.s', 'nb', 'n.b',
]);

/** Prefixes of a number: not sentence-final when a digit follows ("No. 7", "Fig. 2", "p. 14"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'n°', 'nº', 'rs', 'rp', 'art', 'arts', 'fig', 'figs', 'vol', 'vols', 'p', 'pp', 'ch', 'chap', 'para', 'sec',
  'sect', 'op', 'ed', 'eds', 'ex', 'tel', 'ph', 'ext', 'rm', 'apt', 'ste', 'div', 'reg', 'rt', 'hwy', 'tab',
  'pl', 'col', 'cols', 'ser', 'iss',
]);

/** Month names: not sentence-final before a day or year ("Feb. 5"), possibly final otherwise. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that can end a sentence ("…and Co. They said"): a period after
 * them ends the sentence only when a typical sentence opener follows.
 */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // companies and organisations
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'bros', 'assn', 'assoc', 'intl', 'natl', 'univ', 'inst', 'govt',
  'dept', 'div', 'mfg', 'est', 'estd',
  // names and places
  'jr', 'sr', 'st', 'ave', 'blvd', 'rd', 'ln', 'hwy', 'pkwy', 'mt', 'ft', 'pt', 'ste', 'sq', 'bldg',
  // units, measures and misc (no everyday words such as "ill" or "min": a period after those is usually final)
  'sec', 'hr', 'hrs', 'mins', 'yr', 'yrs', 'mos', 'wk', 'wks', 'oz', 'lb', 'lbs', 'kg', 'sq', 'mph', 'km',
  'pct', 'avg', 'dist', 'misc', 'med', 'refs', 'repr', 'transl', 'govt', 'mgr', 'asst', 'al', 'ibid', 'seq',
  'anon', 'abbr', 'abbrev', 'adj', 'adv', 'btw', 'etc', 'approx',
]);

/**
 * Abbreviations that are everyday words in lower case ("ill", "wash", "mass"):
 * they count only when capitalised, as news wires write U.S. states ("Calif.").
 */
export const CAPITALISED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nebr', 'nev', 'okla', 'ore', 'oreg', 'pa',
  'penn', 'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wisc', 'wyo',
]);

/** Time-of-day abbreviations ("5 p.m."), handled apart: often sentence-final. */
export const CLOCK_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m']);
