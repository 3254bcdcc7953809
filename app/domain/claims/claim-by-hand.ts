/**
 * A claim a checker marks by hand: the selected stretch of the article, read
 * the way extraction reads a sentence (same anchor, figure reader, source and
 * check-worthiness), so it is indistinguishable from an extracted claim
 * except for its history.
 */
import type { Conventions } from '../figures/conventions';
import { findFigures } from '../figures/find-figures';
import { lexiconFor } from '../figures/lexicon';
import { findSource } from '../extraction/attribution';
import { languageFor, DEFAULT_LANGUAGE } from '../extraction/language/languages';
import { scoreCheckworthiness } from '../extraction/checkworthiness';
import { hasVisibleText } from '../visible-text';
import { makeAnchor } from './anchor';
import type { ClaimDraft } from './claims-from-extraction';
import { ClaimEditError } from './split-merge';

/** The longest stretch of text a claim may cover, as for a reworded claim. */
export const MAX_CLAIM_LENGTH = 5000;

/**
 * The claim body[start, end) makes, its edges moved in past white space.
 * Throws ClaimEditError when the range is outside the body, empty or longer
 * than MAX_CLAIM_LENGTH. `language` is the article's (English when unknown).
 *
 * @example claimFromSelection('Aid arrived. More than 300 civilians died.', 13, 42, {}).figures[0].low // 300
 */
export function claimFromSelection(
  body: string,
  start: number,
  end: number,
  options: { language?: string | null; conventions?: Conventions },
): ClaimDraft {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    throw new ClaimEditError('Select some of the article text first');
  }
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (!hasVisibleText(body.slice(start, end))) throw new ClaimEditError('Select some of the article text first');
  if (end - start > MAX_CLAIM_LENGTH) throw new ClaimEditError(`A claim covers at most ${MAX_CLAIM_LENGTH.toLocaleString('en')} characters; select less`);
  const anchor = makeAnchor(body, start, end);
  const tag = options.language && options.language !== 'und' ? options.language : 'en';
  const lexicon = lexiconFor(tag);
  const figures = lexicon ? findFigures(body, [{ start, end }], { conventions: options.conventions, lexicon }) : [];
  const found = findSource(anchor.quote, languageFor(tag) ?? DEFAULT_LANGUAGE);
  const attribution = found.kind === 'name' ? found.name : null;
  const score = scoreCheckworthiness(anchor.quote, { figures: figures.length, attribution, figureUnits: figures.map((f) => f.unit) });
  return { anchor, text: anchor.quote, checkworthiness: score.score, reasons: score.reasons, attribution, figures };
}
