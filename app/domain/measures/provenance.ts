/**
 * Where a figure comes from, as a reader is shown it: the article or source
 * it was read from, who is quoted, and the date it speaks for.
 */
import { statusLabel } from '../claims/status';
import type { MemberFigure } from './types';
import { sourceOfClause } from '../extraction/attribution';

type Origin = Pick<MemberFigure, 'articleTitle' | 'sourceTitle'>;

/**
 * The title of the article or library source a figure was read from.
 *
 * @example originOf({ articleTitle: 'Thousands flee the north', sourceTitle: null }) // 'Thousands flee the north'
 */
export function originOf(f: Origin): string {
  return f.articleTitle ?? f.sourceTitle ?? 'unknown';
}

/**
 * Who gives the figure: the claim's attribution for an article figure, the
 * publisher for a source figure. Where the claim joins statements of two
 * named sources ("…, the ministry said, while the governor said about 900
 * …") an article figure is given by its own clause's source.
 */
export function attributionOf(f: Pick<MemberFigure, 'claimId' | 'attribution' | 'sourcePublisher'> & Partial<Pick<MemberFigure, 'claimText' | 'text'>>): string | null {
  if (f.claimId === null) return f.sourcePublisher;
  const own = f.claimText && f.text ? sourceOfClause(f.claimText, f.claimText.indexOf(f.text)) : null;
  return own ?? f.attribution;
}

/** The date a figure speaks for: its own "as of", else the article's or the source's publication date. */
export function dateOf(f: Pick<MemberFigure, 'asOf' | 'articlePublishedAt' | 'sourcePublishedAt'>): string | null {
  return f.asOf ?? f.articlePublishedAt ?? f.sourcePublishedAt ?? null;
}

/**
 * How far the desk has checked a figure, as exports show it beside the
 * figure: its claim's status and sign-off, or "Source" for a library source.
 * An approval is the claim's stored sign-off state (any change to approved
 * content sets it back to pending, ADR 011).
 *
 * @example reviewOf({ claimId: 7, claimStatus: 'verified', claimSignoff: 'approved' }) // 'Verified, signed off'
 * @example reviewOf({ claimId: 8, claimStatus: 'unreviewed', claimSignoff: 'none' }) // 'Unreviewed, not signed off'
 */
export function reviewOf(f: Pick<MemberFigure, 'claimId' | 'claimStatus' | 'claimSignoff'>): string {
  if (f.claimId === null) return 'Source';
  const status = statusLabel(f.claimStatus ?? 'unreviewed');
  const signoff =
    f.claimSignoff === 'approved' ? 'signed off' : f.claimSignoff === 'pending' ? 'awaiting sign-off' : f.claimSignoff === 'returned' ? 'sent back' : 'not signed off';
  return `${status}, ${signoff}`;
}

/**
 * The text a figure is matched on: its claim's sentence (or the figure itself) and its origin.
 *
 * @example contextOf({ text: '40,000', claimText: 'About 40,000 fled Maarat.', articleTitle: 'Exodus', sourceTitle: null }) // 'About 40,000 fled Maarat.. Exodus'
 */
export function contextOf(f: Pick<MemberFigure, 'text' | 'claimText'> & Origin): string {
  return [f.claimText ?? f.text, originOf(f)].join('. ');
}
