import type { CleanedPage } from './types';
import { cleanLines, type PageLine } from './clean-lines';
import { unwrapLines } from './clean-unwrap';

/**
 * Cleans text copied from a web page: joins hard-wrapped lines (see
 * clean-unwrap.ts) first, then finds the title, drops navigation,
 * prompts, counts and footers around the article, strips the dateline, and
 * returns paragraphs separated by blank lines.
 *
 * @example cleanText('Search For Keyword.\n\nRebels retake key town\n\n(Reuters)- Rebels retook the town on Thursday after a long battle.')
 * // { title: 'Rebels retake key town', body: 'Rebels retook the town on Thursday after a long battle.', credit: 'Reuters' }
 */
export function cleanText(text: string): CleanedPage {
  const lines: PageLine[] = [];
  let block = 0;
  let blank = true;
  for (const raw of text.split(/\r\n?|\n|\u2028|\u2029/)) {
    const t = raw.trim();
    if (t === '') {
      if (!blank) block++;
      blank = true;
      continue;
    }
    blank = false;
    lines.push({ text: t, block });
  }
  return cleanLines(unwrapLines(lines), { findTitle: true, dropTrailingFragments: true });
}
