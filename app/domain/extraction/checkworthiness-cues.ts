import {
  FEATURES,
  findDigits,
  findPerfect,
  findPromise,
  findRecordOfOther,
  findYear,
  findPastAction,
  opensWithCondition,
  findAmountToken,
  matchFeatures,
  opensLikeQuestion,
  MARK,
  WORD,
  type Reading,
  type TextMarks,
} from './checkworthiness-features';

/** What the rest of the pipeline knows about a sentence before it is scored. */
export interface CheckworthinessHints {
  /** How many figures the figure reader found in the sentence. */
  figures: number;
  attribution: string | null;
  /** The unit of each of those figures ("count", "money", "percent"), when the caller has them. */
  figureUnits?: string[];
}

/**
 * One hand-written cue that fired: `id` names it for the learned model
 * (a feature "cue:<id>"), `reason` is what the checker reads, `pro` whether
 * it speaks for checking.
 */
export interface Cue {
  id: string;
  reason: string;
  pro: boolean;
}


/**
 * Finds the hand-written cues of check-worthiness in one sentence: figures,
 * events, sources, comparisons for; opinions, promises, questions, procedural
 * talk against. `lower` is the sentence lower-cased with ’ folded to ',
 * `reading` its tokens and words (readWords), `marks` its quotes, question
 * mark and names (readMarks of the sentence). Cues do not score: the learned
 * model weighs them, and their reasons are shown to the checker.
 *
 * @example findCues('floods have cut 40 roads.', readWords('floods have cut 40 roads.'), readMarks('Floods have cut 40 roads.'), { figures: 1, attribution: null })
 *   // → [{ id: 'figure', reason: 'contains a figure ("40")', pro: true }, …]
 */
export function findCues(lower: string, reading: Reading, marks: TextMarks, hints: CheckworthinessHints): Cue[] {
  const { tokens, words, any } = reading;
  const quoted = (marks.bits & MARK.quote) !== 0;
  const { first, events } = matchFeatures(tokens, words);
  const cues: Cue[] = [];
  const pro = (id: string, reason: string) => cues.push({ id, reason, pro: true });
  const con = (id: string, reason: string) => cues.push({ id, reason, pro: false });

  // every digit of `lower` is inside a token, so a sentence without a digit token has none
  const digits = any & WORD.digit ? findDigits(lower) : null;
  const amountToken = any & WORD.amount ? findAmountToken(words) : null;
  const amount = first.has('amount') || amountToken !== null;
  const numberWord = first.get('number') ?? (amountToken ? { phrase: amountToken, at: 0 } : undefined);
  const hasFigure = digits !== null || numberWord !== undefined || hints.figures > 0;
  if (digits !== null) pro('figure', `contains a figure ("${digits}")`);
  // "twice", "first": a number word the figure reader did not read as a figure is not called one
  else if (numberWord) {
    const said = amount || hints.figures > 0 ? 'contains a figure' : 'uses a number word';
    pro(amount ? 'figure' : 'numberWord', `${said} ("${numberWord.phrase}")`);
  }
  else if (hints.figures > 0) pro('readerFigure', 'contains a figure');
  if (amount) pro('amount', 'money, a percentage or a large amount');

  const record = any & WORD.recordVerb ? findRecordOfOther(tokens, words) : null;
  const promise = any & WORD.promiser ? findPromise(tokens, words) : null;
  const prediction = first.get('prediction');
  // "their scheme would double the fares": the effect of a policy, not a wish
  const policyEffect = !promise && prediction !== undefined && (any & WORD.policyNoun) !== 0 && policyNounBefore(reading, prediction.at);
  for (const f of FEATURES) {
    if (f.side === 'own') continue;
    const m = first.get(f.id);
    if (!m) continue;
    // "you said we can…", "he voted to…": what the other side said they would do is on their record;
    // "he said results were unlikely" in news only passes on a forecast, so says/said by a third person don't count
    if ((f.id === 'prediction' || f.id === 'obligation') && record?.owns && m.at > record.at) continue;
    // "I'm going to cut taxes": the verb after a promise is what will be done, not what happened
    if (f.id === 'event' && promise && m.at > promise.at) continue;
    if (f.id === 'prediction' && policyEffect) {
      pro('policyEffect', `what a policy would do ("${m.phrase}")`);
      continue;
    }
    if (f.id === 'event') {
      if (events > 1) pro('moreEvents', `several events (${events})`);
      if (hasFigure) {
        pro('eventWithNumber', `a past event with a number ("${m.phrase}")`);
        continue;
      }
    }
    const reason = f.reason.replace('{m}', m.phrase);
    if (f.side === 'pro') pro(f.id, reason);
    else if (quoted && (f.id === 'feeling' || f.id === 'opinion')) con('quotedFeeling', `quote of feelings or opinion ("${m.phrase}")`);
    else con(f.id, reason);
  }

  // a named source already counts through the attribution
  if (record && !(hints.attribution && record.speech)) pro('recordOfOther', `what someone else said or did ("${record.phrase}")`);
  if (promise) con('promise', `a promise ("${promise.phrase}")`);
  const past = first.has('event') || !(any & WORD.pastSubject) ? null : findPastAction(tokens, words);
  if (past) pro('past', `says what was done ("${past}")`);
  const year = any & WORD.year ? findYear(words) : null;
  if (year) pro('year', `dated ("${year}")`);
  const perfect = any & WORD.perfectAux ? findPerfect(tokens, words) : null;
  if (perfect) pro('perfect', `says what has happened ("${perfect}")`);
  if (hints.attribution) pro('attributed', `attributed to ${hints.attribution}`);
  const names = marks.names;
  if (names === 1) pro('names', 'names a person, place or organisation');
  else if (names > 1) pro(names >= 3 ? 'manyNames' : 'names', `names ${names} people, places or organisations`);

  // "Did you know that the fare has doubled?" asserts the fact it asks about
  const rhetorical = (tokens[0] === 'do' || tokens[0] === 'did') && tokens[1] === 'you' && tokens[2] === 'know';
  if ((marks.bits & MARK.question || opensLikeQuestion(lower)) && !rhetorical) con('question', 'a question');
  if (tokens.length < 5) con('tooShort', 'too short');
  else if (tokens.length < 8) con('short', 'short');
  // in news, "I" and "you" sit inside quotes; in speech they mark personal talk, not record
  if (!quoted) {
    const me = any & WORD.firstPerson ? words.find((w) => (w.flags & WORD.firstPerson) !== 0) : undefined;
    if (me) con('firstPerson', `speaker talks about themself ("${me.text}")`);
    // "you voted", "you already gave them": the listener's record is checkable
    if (!first.has('event') && any & WORD.secondPerson) con('secondPerson', 'addresses the listener');
  }
  const condition = opensWithCondition(tokens);
  if (condition) con('condition', `a hypothesis ("${condition}")`);
  const opening = first.get('discourse');
  if (opening) con('discourse', `conversational opening ("${opening.phrase}")`);
  return cues;
}

/** A policy noun among the first `at` words. */
function policyNounBefore(reading: Reading, at: number): boolean {
  for (let i = 0; i < at; i++) if (reading.words[i].flags & WORD.policyNoun) return true;
  return false;
}
