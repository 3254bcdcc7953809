import {
  FEATURES,
  findDigits,
  findPerfect,
  findPromise,
  findRecordOfOther,
  findYear,
  findPastAction,
  opensWithCondition,
  POLICY_NOUNS,
  findAmountToken,
  matchFeatures,
  opensLikeQuestion,
  tokenize,
} from './checkworthiness-features';

export interface CheckworthinessHints {
  /** How many figures the sentence holds. */
  figures: number;
  attribution: string | null;
}

export interface CheckworthinessScore {
  score: number;
  checkworthy: boolean;
  reasons: string[];
}

/**
 * Hand-set weights of a small logistic model: the weights of the features
 * that fire, plus BIAS, go through the logistic function, and a sentence is
 * check-worthy when the score reaches THRESHOLD. The bias is negative so that
 * a sentence needs positive evidence (a figure, an event, a source) to pass.
 */
const BIAS = -0.9;
const THRESHOLD = 0.5;
const W = {
  figure: 1.6,
  /** Number words ("two", "millions") are often rhetorical in speech. */
  weakFigure: 0.8,
  /** The figure reader found something the lexical test did not. */
  readerFigure: 0.8,
  amount: 0.4,
  perfect: 0.5,
  eventWithNumber: 0.4,
  moreEvents: 0.3,
  attributed: 0.9,
  names: 0.5,
  manyNames: 0.3,
  question: -1.6,
  tooShort: -1.6,
  short: -0.5,
  firstPerson: -0.5,
  secondPerson: -0.3,
  discourse: -0.4,
  /** What the other side said, voted or proposed: the public record of a debate. */
  recordOfOther: 0.8,
  /** A promise of the speaker, on top of the prediction it contains. */
  promise: -0.6,
  /** A dated statement ("in 1982"): history can be checked. */
  year: 0.4,
  past: 0.4,
  /** "If we cut taxes, …": a hypothesis, not a report. */
  condition: -0.5,
};

const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself']);
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", "you'll", "you'd", 'yourself']);
// A capitalised word after a space (so not the first word): a rough named-entity test.
const CAPITALISED = /\s["“‘(]?([A-Z][A-Za-z'’.-]*)/g;
const NOT_NAMES = new Set(['I', "I'm", 'I’m', "I've", 'I’ve', "I'd", 'I’d', "I'll", 'I’ll']);
const QUOTE = /["“”]/;
const QUESTION_END = /\?/;

/**
 * Scores how much a sentence is worth fact-checking, in [0, 1], with the
 * reasons a checker can read ('contains a figure ("18")', 'opinion ("i think")').
 *
 * @example scoreCheckworthiness('Clashes have killed 18 Turkish soldiers.', { figures: 1, attribution: null })
 *   // → { score: 0.97, checkworthy: true, reasons: ['contains a figure ("18")', …] }
 */
export function scoreCheckworthiness(text: string, hints: CheckworthinessHints): CheckworthinessScore {
  const whole = scoreText(text, hints);
  // "The last thing I'd like to say is this: This grain deal … was terrible, and Mr. Ford made up
  // for it with three embargoes": after a framing colon comes the claim itself
  const colon = text.indexOf(': ');
  if (colon > 0 && colon < text.length - 30) {
    const claim = scoreText(text.slice(colon + 2), { figures: hints.figures, attribution: null });
    if (claim.score > whole.score) return claim;
  }
  return whole;
}

function scoreText(text: string, hints: CheckworthinessHints): CheckworthinessScore {
  const folded = text.toLowerCase();
  const lower = folded.includes('’') ? folded.replace(/’/g, "'") : folded;
  const tokens = tokenize(lower);
  const { first, events } = matchFeatures(tokens);
  const pro: string[] = [];
  const con: string[] = [];
  let sum = BIAS;

  const digits = findDigits(lower);
  const amountToken = findAmountToken(tokens);
  const amount = first.has('amount') || amountToken !== null;
  const numberWord = first.get('number') ?? (amountToken ? { phrase: amountToken, at: 0 } : undefined);
  const hasFigure = digits !== null || numberWord !== undefined || hints.figures > 0;
  if (digits !== null) {
    sum += W.figure;
    pro.push(`contains a figure ("${digits}")`);
  } else if (numberWord) {
    sum += amount ? W.figure : W.weakFigure;
    pro.push(`contains a figure ("${numberWord.phrase}")`);
  } else if (hints.figures > 0) {
    sum += W.readerFigure;
    pro.push('contains a figure');
  }
  if (amount) {
    sum += W.amount;
    pro.push('money, a percentage or a large amount');
  }

  const quoted = QUOTE.test(text);
  const record = findRecordOfOther(tokens);
  const promise = findPromise(tokens);
  const prediction = first.get('prediction');
  // "your plan would turn Medicare into a voucher program": the effect of a policy, not a wish
  const policyEffect =
    !promise && prediction !== undefined && tokens.slice(0, prediction.at).some((t) => POLICY_NOUNS.has(t));
  for (const f of FEATURES) {
    if (f.weight === 0) continue;
    const m = first.get(f.id);
    if (!m) continue;
    // "you said we can…", "he voted to…": what the other side said they would do is on their record;
    // "he said results were unlikely" in news only passes on a forecast, so says/said by a third person don't count
    if ((f.id === 'prediction' || f.id === 'obligation') && record?.owns && m.at > record.at) continue;
    // "I'm going to cut taxes": the verb after a promise is what will be done, not what happened
    if (f.id === 'event' && promise && m.at > promise.at) continue;
    if (f.id === 'prediction' && policyEffect) {
      pro.push(`what a policy would do ("${m.phrase}")`);
      continue;
    }
    sum += f.weight;
    if (f.id === 'event') {
      if (events > 1) sum += W.moreEvents;
      if (hasFigure) {
        sum += W.eventWithNumber;
        pro.push(`a past event with a number ("${m.phrase}")`);
        continue;
      }
    }
    const reason = f.reason.replace('{m}', m.phrase);
    if (f.weight > 0) pro.push(reason);
    else con.push(quoted && (f.id === 'feeling' || f.id === 'opinion') ? `quote of feelings or opinion ("${m.phrase}")` : reason);
  }

  // a named source already counts through the attribution
  if (record && !(hints.attribution && record.speech)) {
    sum += W.recordOfOther;
    pro.push(`what someone else said or did ("${record.phrase}")`);
  }
  if (promise) {
    sum += W.promise;
    con.push(`a promise ("${promise.phrase}")`);
  }
  const past = first.has('event') ? null : findPastAction(tokens);
  if (past) {
    sum += W.past;
    pro.push(`says what was done ("${past}")`);
  }
  const year = findYear(tokens);
  if (year) {
    sum += W.year;
    pro.push(`dated ("${year}")`);
  }

  const perfect = findPerfect(tokens);
  if (perfect) {
    sum += W.perfect;
    pro.push(`says what has happened ("${perfect}")`);
  }
  if (hints.attribution) {
    sum += W.attributed;
    pro.push(`attributed to ${hints.attribution}`);
  }
  const names = countNames(text);
  if (names > 0) {
    sum += W.names + (names >= 3 ? W.manyNames : 0);
    pro.push(names === 1 ? 'names a person, place or organisation' : `names ${names} people, places or organisations`);
  }

  // "Do you know that it's tripled…?" asserts the fact it asks about
  const rhetorical = tokens[0] === 'do' || tokens[0] === 'did' ? tokens[1] === 'you' && tokens[2] === 'know' : false;
  if ((QUESTION_END.test(text) || opensLikeQuestion(lower)) && !rhetorical) {
    sum += W.question;
    con.push('a question');
  }
  if (tokens.length < 5) {
    sum += W.tooShort;
    con.push('too short');
  } else if (tokens.length < 8) {
    sum += W.short;
    con.push('short');
  }
  // in news, "I" and "you" sit inside quotes; in speech they mark personal talk, not record
  if (!quoted) {
    const me = tokens.find((t) => FIRST_PERSON.has(t));
    if (me) {
      sum += W.firstPerson;
      con.push(`speaker talks about themself ("${me}")`);
    }
    // "you voted", "you already gave them": the listener's record is checkable
    if (!first.has('event') && tokens.some((t) => SECOND_PERSON.has(t))) {
      sum += W.secondPerson;
      con.push('addresses the listener');
    }
  }
  const condition = opensWithCondition(tokens);
  if (condition) {
    sum += W.condition;
    con.push(`a hypothesis ("${condition}")`);
  }
  const opening = first.get('discourse');
  if (opening) {
    sum += W.discourse;
    con.push(`conversational opening ("${opening.phrase}")`);
  }

  const score = Math.round(1000 / (1 + Math.exp(-sum))) / 1000;
  return { score, checkworthy: score >= THRESHOLD, reasons: [...pro, ...con] };
}

function countNames(text: string): number {
  CAPITALISED.lastIndex = 0;
  let n = 0;
  let lastEnd = -2;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    if (NOT_NAMES.has(m[1])) continue;
    // "Syrian Observatory for Human Rights" is one name, not four
    if (m.index > lastEnd + 1) n++;
    lastEnd = m.index + m[0].length;
  }
  return n;
}
