/**
 * Where a figure comes from, as a reader is shown it: the article or source
 * it was read from, who is quoted, and the date it speaks for.
 */
import type { MemberFigure } from './types';

type Origin = Pick<MemberFigure, 'articleTitle' | 'sourceTitle'>;

/**
 * The title of the article or library source a figure was read from.
 *
 * @example originOf({ articleTitle: 'Thousands flee the north', sourceTitle: null }) // 'Thousands flee the north'
 */
export function originOf(f: Origin): string {
  return f.articleTitle ?? f.sourceTitle ?? 'unknown';
}

/** Who gives the figure: the claim's attribution for an article figure, the publisher for a source figure. */
export function attributionOf(f: Pick<MemberFigure, 'claimId' | 'attribution' | 'sourcePublisher'>): string | null {
  return f.claimId !== null ? f.attribution : f.sourcePublisher;
}

/** The date a figure speaks for: its own "as of", else the article's or the source's publication date. */
export function dateOf(f: Pick<MemberFigure, 'asOf' | 'articlePublishedAt' | 'sourcePublishedAt'>): string | null {
  return f.asOf ?? f.articlePublishedAt ?? f.sourcePublishedAt ?? null;
}

/**
 * The text a figure is matched on: its claim's sentence (or the figure itself) and its origin.
 *
 * @example contextOf({ text: '40,000', claimText: 'About 40,000 fled Maarat.', articleTitle: 'Exodus', sourceTitle: null }) // 'About 40,000 fled Maarat.. Exodus'
 */
export function contextOf(f: Pick<MemberFigure, 'text' | 'claimText'> & Origin): string {
  return [f.claimText ?? f.text, originOf(f)].join('. ');
}
