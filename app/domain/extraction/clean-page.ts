import type { ArticleFormat, CleanedPage } from './types';
import { cleanHtml } from './clean-html';
import { cleanText } from './clean-text';

/**
 * Turns what the user imported into the article body that every offset
 * indexes into: HTML goes through Readability, copied text through the line
 * clean-up; with `clean` false the text is kept character for character.
 *
 * @example cleanPage('(Reuters)- Rebels retook the town on Thursday after weeks of fighting.', 'text', true)
 * // { title: null, body: 'Rebels retook the town on Thursday after weeks of fighting.', credit: 'Reuters' }
 */
export function cleanPage(text: string, format: ArticleFormat, clean: boolean): CleanedPage {
  if (!clean) return { title: null, body: text, credit: null };
  return format === 'html' ? cleanHtml(text) : cleanText(text);
}
