import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: 'checker' | 'editor' | 'admin';
  password_hash: string;
  active: Generated<number>;
  created_at: string;
}

export interface SessionTable {
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

/** Recent failed sign-ins per key ("account:<email>" or "ip:<address>"). */
export interface LoginAttemptTable {
  key: string;
  failures: number;
  last_at: string;
}

export interface ArticleTable {
  id: Generated<number>;
  title: string;
  url: string | null;
  publisher: string | null;
  published_at: string | null;
  /** The author the page's metadata names (HTML imports), or null. */
  author: string | null;
  /** BCP 47 language detected on import ("en", "ar"); null for articles imported before detection. */
  language: string | null;
  raw: string;
  format: 'text' | 'html';
  body: string;
  body_sha256: string;
  imported_by: number | null;
  imported_at: string;
  /** The address as compared for "the same article" (urlKey); null without a URL. */
  url_key: string | null;
}

/** A fetched page kept as evidence (for an article version or a library source). */
export interface SnapshotTable {
  id: Generated<number>;
  article_id: number | null;
  source_id: number | null;
  requested_url: string;
  final_url: string;
  status: number;
  content_type: string | null;
  bytes: Buffer;
  byte_size: number;
  sha256: string;
  fetched_at: string;
  fetched_by: number | null;
}

/** Every text an article has had, numbered from 1; the article row holds the newest. */
export interface ArticleVersionTable {
  id: Generated<number>;
  article_id: number;
  number: number;
  raw: string;
  /** SHA-256 of the bytes fetched (a snapshot) or of the raw text pasted. */
  raw_sha256: string;
  format: 'text' | 'html';
  body: string;
  body_sha256: string;
  snapshot_id: number | null;
  /** 'import' (the first), 'url' (fetched again), 'paste' (a newer copy pasted), 'reextract'. */
  origin: string;
  /** JSON counts of what re-anchoring found ({ unchanged, moved, changed, removed, added }). */
  summary: string | null;
  created_by: number | null;
  created_at: string;
}

export interface ClaimTable {
  id: Generated<number>;
  article_id: number;
  position: number;
  anchor_start: number;
  anchor_end: number;
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
  assignee_id: number | null;
  signoff: Generated<'none' | 'pending' | 'approved' | 'returned'>;
  signoff_by: number | null;
  signoff_at: string | null;
  signoff_comment: string | null;
  /** The claim version the approval was given at. */
  signoff_version: number | null;
  /** SHA-256 of the approved content (app/domain/claims/approved-content.ts). */
  signoff_hash: string | null;
  /** An admin's written reason for approving despite the four-eyes rule. */
  signoff_override: string | null;
  /** Who proposed the current final status. */
  proposed_by: number | null;
  /** Who last changed the rating or verdict. */
  judged_by: number | null;
  dismissed_at: string | null;
  merged_into: number | null;
  /** null (as imported, or unchanged), 'changed' or 'removed' in the article's newest version. */
  source_state: 'changed' | 'removed' | null;
  /** JSON word diff (DiffPart[]) from the wording checked to the newest version's. */
  source_diff: string | null;
  /** The article version the source_state was found in. */
  source_version: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface FigureTable {
  id: Generated<number>;
  claim_id: number | null;
  source_id: number | null;
  span_start: number | null;
  span_end: number | null;
  as_of: string | null;
  measure_id: number | null;
  scope: 'cumulative' | 'day' | 'period' | null;
  scope_date: string | null;
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
  event_class: string | null;
  /** The counted noun's class ("homes" → houses); null when the figure names none. */
  counted_class: string | null;
  /** The reading before its sentence changed in a newer article version. */
  previous_text: string | null;
  previous_low: number | null;
  previous_high: number | null;
  /** When a newer article version no longer gives this figure. */
  withdrawn_at: string | null;
}

export interface SourceTable {
  id: Generated<number>;
  url: string;
  url_key: string;
  title: string;
  publisher: string | null;
  kind: string;
  published_at: string | null;
  accessed_at: string | null;
  archived_url: string | null;
  notes: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface EvidenceTable {
  id: Generated<number>;
  claim_id: number;
  source_id: number;
  stance: 'supports' | 'refutes' | 'context';
  excerpt: string | null;
  note: string | null;
  created_by: number | null;
  created_at: string;
  removed_at: string | null;
}

export interface RevisionTable {
  id: Generated<number>;
  entity: string;
  entity_id: number;
  claim_id: number | null;
  actor_id: number | null;
  at: string;
  action: string;
  before: string | null;
  after: string | null;
  note: string | null;
  prev_hash: string | null;
  hash: string;
}

export interface MeasureTable {
  id: Generated<number>;
  label: string;
  unit: Generated<string>;
  counted: string | null;
  event: string | null;
  place: string | null;
  period_start: string | null;
  period_end: string | null;
  accepted_low: number | null;
  accepted_high: number | null;
  rationale: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface MeasureSuggestionTable {
  id: Generated<number>;
  figure_id: number;
  measure_id: number | null;
  partner_figure_id: number | null;
  label: string;
  reason: string | null;
  status: Generated<'open' | 'accepted' | 'rejected'>;
  decided_by: number | null;
  decided_at: string | null;
  created_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_by: number | null;
  updated_at: string;
}

/** A checked claim: a published fact-check (keyed by url) or a desk claim with a final status (keyed by claim_id). */
export interface CheckedClaimTable {
  id: Generated<number>;
  url: string | null;
  claim_id: number | null;
  claim: string;
  title: string | null;
  claimant: string | null;
  rating: string | null;
  rating_value: number | null;
  publisher: string | null;
  reviewed_at: string | null;
  claim_terms: string;
  title_terms: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** "Not the same claim": a checked claim a person ruled out for a desk claim. */
export interface MatchRejectionTable {
  claim_id: number;
  checked_claim_id: number;
  rejected_by: number | null;
  rejected_at: string;
}

export interface Database {
  user: UserTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  article: ArticleTable;
  article_version: ArticleVersionTable;
  snapshot: SnapshotTable;
  claim: ClaimTable;
  figure: FigureTable;
  source: SourceTable;
  evidence: EvidenceTable;
  revision: RevisionTable;
  measure: MeasureTable;
  measure_suggestion: MeasureSuggestionTable;
  setting: SettingTable;
  checked_claim: CheckedClaimTable;
  match_rejection: MatchRejectionTable;
}

export type UserRow = Selectable<UserTable>;
export type NewArticle = Insertable<ArticleTable>;
export type NewClaim = Insertable<ClaimTable>;
export type NewFigure = Insertable<FigureTable>;
export type ClaimUpdate = Updateable<ClaimTable>;
