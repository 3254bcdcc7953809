import type { Generated, GeneratedAlways, Insertable, Selectable, Updateable } from 'kysely';

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: 'checker' | 'editor' | 'admin';
  passwordHash: string;
  active: Generated<number>;
  createdAt: string;
}

export interface SessionTable {
  id: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
}

/** Recent failed sign-ins per key ("account:<email>" or "ip:<address>"). */
export interface LoginAttemptTable {
  key: string;
  failures: number;
  lastAt: string;
}

export interface ArticleTable {
  id: Generated<number>;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** The author the page's metadata names (HTML imports), or null. */
  author: string | null;
  /** BCP 47 language detected on import ("en", "ar"); null for articles imported before detection. */
  language: string | null;
  /** Where and when the story was filed, as its dateline says ("KATHMANDU, Aug 14 (Reuters)"); null when it had none. */
  dateline: string | null;
  raw: string;
  format: 'text' | 'html';
  body: string;
  bodySha256: string;
  importedBy: number | null;
  importedAt: string;
  /** The address as compared for "the same article" (urlKey); null without a URL. */
  urlKey: string | null;
  /** The title and body as search indexes them (app/domain/search/normalise.ts; written by app/models/article.server.ts). */
  searchTitle: string;
  searchBody: string;
}

/** A fetched page kept as evidence (for an article version or a library source). */
export interface SnapshotTable {
  id: Generated<number>;
  articleId: number | null;
  sourceId: number | null;
  requestedUrl: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
  byteSize: number;
  sha256: string;
  fetchedAt: string;
  fetchedBy: number | null;
}

/** Every text an article has had, numbered from 1; the article row holds the newest. */
export interface ArticleVersionTable {
  id: Generated<number>;
  articleId: number;
  number: number;
  raw: string;
  /** SHA-256 of the bytes fetched (a snapshot) or of the raw text pasted. */
  rawSha256: string;
  format: 'text' | 'html';
  body: string;
  bodySha256: string;
  snapshotId: number | null;
  /** 'import' (the first), 'url' (fetched again), 'paste' (a newer copy pasted), 'reextract'. */
  origin: string;
  /** JSON counts of what re-anchoring found ({ unchanged, moved, changed, removed, added }). */
  summary: string | null;
  createdBy: number | null;
  createdAt: string;
}

export interface ClaimTable {
  id: Generated<number>;
  articleId: number;
  position: number;
  anchorStart: number;
  anchorEnd: number;
  quote: string;
  prefix: string;
  suffix: string;
  text: string;
  checkworthiness: number;
  reasons: Generated<string>;
  attribution: string | null;
  status: Generated<string>;
  rating: string | null;
  verdict: string | null;
  assigneeId: number | null;
  signoff: Generated<'none' | 'pending' | 'approved' | 'returned'>;
  signoffBy: number | null;
  signoffAt: string | null;
  signoffComment: string | null;
  /** The claim version the approval was given at. */
  signoffVersion: number | null;
  /** SHA-256 of the approved content (app/domain/claims/approved-content.ts). */
  signoffHash: string | null;
  /** An admin's written reason for approving despite the four-eyes rule. */
  signoffOverride: string | null;
  /** Who proposed the current final status. */
  proposedBy: number | null;
  /** Who last changed the rating or verdict. */
  judgedBy: number | null;
  dismissedAt: string | null;
  mergedInto: number | null;
  /** null (as imported, or unchanged), 'changed' or 'removed' in the article's newest version. */
  sourceState: 'changed' | 'removed' | null;
  /** JSON word diff (DiffPart[]) from the wording checked to the newest version's. */
  sourceDiff: string | null;
  /** The article version the sourceState was found in. */
  sourceVersion: number | null;
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
  /** Wording and quote as search indexes them (claimSearchText; written by app/models/claim.server.ts). */
  searchText: string;
  /** Live evidence items (not removed), kept by triggers on evidence (ADR 035): never written by the app. */
  evidenceCount: Generated<number>;
  /** 1 when complete for sign-off (the SQL form of missingForSignoff), else 0: a generated column (ADR 035). */
  ready: GeneratedAlways<number>;
}

export interface FigureTable {
  id: Generated<number>;
  claimId: number | null;
  sourceId: number | null;
  spanStart: number | null;
  spanEnd: number | null;
  asOf: string | null;
  measureId: number | null;
  scope: 'cumulative' | 'day' | 'period' | null;
  scopeDate: string | null;
  /** The year of the dated event its sentence gives ("2019"), "another …", or null (figureScope; stored when read). */
  era: string | null;
  /** A narrower place than the article's its sentence gives ("mill street"), or null (figureScope). */
  place: string | null;
  corrected: Generated<number>;
  text: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  counted: string | null;
  event: string | null;
  unit: string;
  currency: string | null;
  rule: string;
  /** The event's class across languages ("fleeing" → displaced), for matching across articles; null for no event. */
  eventClass: string | null;
  /** The counted noun's class ("homes" → houses); null when the figure names none. */
  countedClass: string | null;
  /** The reading before its sentence changed in a newer article version. */
  previousText: string | null;
  previousLow: number | null;
  previousHigh: number | null;
  /** The former reading's qualifier (null when unknown: re-read before it was kept). */
  previousQualifier: string | null;
  /** The article version whose re-reading replaced the previous reading. */
  previousVersion: number | null;
  /** When a newer article version no longer gives this figure. */
  withdrawnAt: string | null;
}

export interface SourceTable {
  id: Generated<number>;
  url: string;
  urlKey: string;
  title: string;
  publisher: string | null;
  kind: string;
  publishedAt: string | null;
  accessedAt: string | null;
  archivedUrl: string | null;
  notes: string | null;
  version: Generated<number>;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Counts of an article's live claims by review state, kept by database
 * triggers in every claim write's transaction (migration
 * 20261203071500-article-progress, ADR 035): never written by the app.
 */
export interface ArticleProgressTable {
  articleId: number;
  claims: number;
  unreviewed: number;
  inProgress: number;
  /** Claims with a final status. */
  reviewed: number;
  /** Sign-off pending / sent back / approved. */
  pending: number;
  returned: number;
  approved: number;
}

export interface EvidenceTable {
  id: Generated<number>;
  claimId: number;
  sourceId: number;
  stance: 'supports' | 'refutes' | 'context';
  excerpt: string | null;
  note: string | null;
  createdBy: number | null;
  createdAt: string;
  removedAt: string | null;
}

export interface RevisionTable {
  id: Generated<number>;
  entity: string;
  entityId: number;
  claimId: number | null;
  actorId: number | null;
  at: string;
  action: string;
  before: string | null;
  after: string | null;
  note: string | null;
  prevHash: string | null;
  hash: string;
}

export interface MeasureTable {
  id: Generated<number>;
  label: string;
  unit: Generated<string>;
  counted: string | null;
  event: string | null;
  place: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  acceptedLow: number | null;
  acceptedHigh: number | null;
  rationale: string | null;
  version: Generated<number>;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface MeasureSuggestionTable {
  id: Generated<number>;
  figureId: number;
  measureId: number | null;
  partnerFigureId: number | null;
  label: string;
  reason: string | null;
  status: Generated<'open' | 'accepted' | 'rejected'>;
  decidedBy: number | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface SettingTable {
  key: string;
  value: string;
  updatedBy: number | null;
  updatedAt: string;
}

/** A checked claim: a published fact-check (keyed by url) or a desk claim with a final status (keyed by claimId). */
export interface CheckedClaimTable {
  id: Generated<number>;
  url: string | null;
  claimId: number | null;
  claim: string;
  title: string | null;
  claimant: string | null;
  rating: string | null;
  ratingValue: number | null;
  publisher: string | null;
  reviewedAt: string | null;
  claimTerms: string;
  titleTerms: Generated<string>;
  /** Stems of the names in the claim and title (space-separated); null until the app rewrites an older row. */
  nameTerms: string | null;
  createdAt: string;
  updatedAt: string;
}

/** How many checked claims hold a matching stem (in their claim or title): the index's document frequencies. */
export interface MatchTermTable {
  term: string;
  docs: number;
}

/** "Not the same claim": a checked claim a person ruled out for a desk claim. */
/** A "not the same claim" mark: exactly one of checkedUrl (a published review) and checkedDeskClaimId (the desk claim an archive copy mirrors). */
export interface MatchRejectionTable {
  claimId: number;
  checkedUrl: string | null;
  checkedDeskClaimId: number | null;
  rejectedBy: number | null;
  rejectedAt: string;
}

export interface Database {
  user: UserTable;
  session: SessionTable;
  loginAttempt: LoginAttemptTable;
  article: ArticleTable;
  articleProgress: ArticleProgressTable;
  articleVersion: ArticleVersionTable;
  snapshot: SnapshotTable;
  claim: ClaimTable;
  figure: FigureTable;
  source: SourceTable;
  evidence: EvidenceTable;
  revision: RevisionTable;
  measure: MeasureTable;
  measureSuggestion: MeasureSuggestionTable;
  setting: SettingTable;
  matchTerm: MatchTermTable;
  checkedClaim: CheckedClaimTable;
  matchRejection: MatchRejectionTable;
}

export type UserRow = Selectable<UserTable>;
export type NewArticle = Insertable<ArticleTable>;
export type NewClaim = Insertable<ClaimTable>;
export type NewFigure = Insertable<FigureTable>;
export type ClaimUpdate = Updateable<ClaimTable>;
