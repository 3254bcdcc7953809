/**
 * Figures a sentence reports only to deny them: "the ministry denied reports
 * that more than 10,000 people had died", "rejected claims of 3,000 dead",
 * "dismissed reports of 2,000 deaths as rumours", "reports that 500 died
 * were false". They stay figures (a checker may want to check the rumour),
 * but no source asserts them, so they never compete with asserted figures
 * (English words; other languages deny nothing here yet).
 */

/**
 * A denial verb and what it denies, up to where the denied matter starts: a
 * report-like noun ("reports", "claims", "figures"), "that", or a gerund
 * ("denied killing"). "denied involvement in the attack, which killed 12"
 * denies no figure.
 */
const DENIAL = /\b(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|disputed|disputes|disputing|refuted|refutes|refuting|rebutted|rebuts|contested|contests|played down|plays down|no truth (?:in|to)|no evidence (?:for|of)?|no basis (?:for|to))\s+(?:(?:the|any|all|these|those|such|earlier|widespread|online|unconfirmed|unverified|media|press|opposition|local|circulating|social media)\s+)*(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|accounts?|figures?|estimates?|tolls?|numbers?|that|\w+ing)\b/gi;

/** A report-like noun whose figure a later predicate calls untrue ("reports that 500 died were false"). */
const REPORTED = /\b(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|figures?|estimates?)\b/gi;
const CALLED_UNTRUE = /\b(?:(?:were|was|are|is|had been|have been)\s+(?:not true|false|untrue|baseless|unfounded|exaggerated|wrong|inaccurate|fabricated|fake|incorrect)|as\s+(?:false|untrue|baseless|unfounded|exaggerated|rumou?rs|fake|fabricated|propaganda|lies|nonsense|incorrect))\b/i;

/** Between a denial and its figure: a new statement begins ("denied the reports, but said 40 died"). */
const NEW_STATEMENT = /;|,\s*(?:but|while|whereas|and)\b|\bbut\b|\b(?:said|says|told|added|insisted|confirmed|estimated|put|puts|gave)\b/i;

/**
 * Cheap pre-filter: a denial word, or a word that calls a report untrue, after
 * a space (a regex that starts with a literal space runs several times faster
 * than one that starts with \b), or a denial verb opening the sentence.
 * Most sentences hold none.
 */
const HINT = / (?:deni|deny|reject|dismiss|disput|refut|rebut|contest|played down|plays down|no truth|no evidence|no basis|not true|untrue|false|baseless|unfounded|exaggerated|wrong|inaccurate|fabricated|fake|incorrect|rumou?rs|propaganda|lies|nonsense)/;
const HINT_AT_START = /^["“]?(?:Deni|Deny|Reject|Dismiss|Disput|Refut|Rebut|Contest)/;

/** Whether a sentence holds any word a denial needs: false rules isDenied out for all its figures. */
export function mayDeny(sentence: string): boolean {
  return HINT.test(sentence) || HINT_AT_START.test(sentence);
}

/**
 * Whether the figure at [at, end) of a sentence is only reported to be
 * denied: a denial ends before it in the same statement, or a report of it
 * is called untrue after it.
 *
 * @example isDenied('The ministry denied reports that more than 10,000 people had died.', 35, 58) // true
 * @example isDenied('The ministry denied the reports and said 118 people had died.', 40, 50) // false
 */
export function isDenied(sentence: string, at: number, end: number = at): boolean {
  if (!mayDeny(sentence)) return false;
  const before = sentence.slice(0, at);
  DENIAL.lastIndex = 0;
  for (let m = DENIAL.exec(before); m; m = DENIAL.exec(before)) {
    const between = before.slice(m.index + m[0].length);
    if (between.length <= 160 && !NEW_STATEMENT.test(between)) return true;
  }
  REPORTED.lastIndex = 0;
  for (let m = REPORTED.exec(before); m; m = REPORTED.exec(before)) {
    const between = before.slice(m.index + m[0].length);
    if (between.length > 80 || NEW_STATEMENT.test(between)) continue;
    const after = sentence.slice(end, end + 120);
    const untrue = CALLED_UNTRUE.exec(after);
    // "…40 died, which activists say is wrong": someone else disputes an asserted figure
    if (untrue && !/[;,]|\b(?:which|who|say|says|said|but|while)\b/i.test(after.slice(0, untrue.index))) return true;
  }
  return false;
}
