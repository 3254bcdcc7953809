/**
 * How close a figure is to a primary count, read from where it comes from
 * (see docs/decisions/005-measures.md, "Evidence grade"). Best first:
 * official statistics, UN/NGO report, document, news report, interview,
 * social media. A figure recorded from a source takes the source's kind; a
 * figure in an article is a "news report (article)" unless its claim has
 * supporting evidence, in which case it is graded one notch below the best
 * supporting source (the article may not repeat the source exactly).
 */
import { sourceKindLabel } from '../sources/source-input';

export const GRADE_ORDER = ['official_statistics', 'un_ngo_report', 'document', 'news_report', 'interview', 'social_media'] as const;

export interface GradeInput {
  /** The kind of the source the figure was recorded from; null for a figure in an article. */
  sourceKind: string | null;
  /** Kinds of the sources that support the figure's claim (article figures only). */
  supportingKinds: string[];
}

export interface EvidenceGrade {
  /** Lower is better; for sorting. */
  rank: number;
  label: string;
}

const rankOfKind = (kind: string) => {
  const i = (GRADE_ORDER as readonly string[]).indexOf(kind);
  return i < 0 ? GRADE_ORDER.length : i;
};

/** An unbacked article figure sits just below a news report recorded as a source. */
const ARTICLE_RANK = rankOfKind('news_report') * 2 + 1;

/**
 * @example evidenceGrade({ sourceKind: null, supportingKinds: [] }) // { rank: 7, label: 'News report (article)' }
 * @example evidenceGrade({ sourceKind: null, supportingKinds: ['news_report', 'un_ngo_report'] }).label // 'News report (article), backed by UN / NGO report'
 */
export function evidenceGrade(f: GradeInput): EvidenceGrade {
  if (f.sourceKind !== null) return { rank: rankOfKind(f.sourceKind) * 2, label: sourceKindLabel(f.sourceKind) };
  const best = [...f.supportingKinds].sort((a, b) => rankOfKind(a) - rankOfKind(b))[0];
  if (best === undefined) return { rank: ARTICLE_RANK, label: 'News report (article)' };
  // Backed by an interview or a post is still no worse than the article alone.
  return { rank: Math.min(rankOfKind(best) * 2 + 1, ARTICLE_RANK), label: `News report (article), backed by ${sourceKindLabel(best)}` };
}
