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

export interface ArticleTable {
  id: Generated<number>;
  title: string;
  url: string | null;
  publisher: string | null;
  published_at: string | null;
  raw: string;
  format: 'text' | 'html';
  body: string;
  body_sha256: string;
  imported_by: number | null;
  imported_at: string;
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
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface FigureTable {
  id: Generated<number>;
  claim_id: number;
  span_start: number;
  span_end: number;
  text: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  counted: string | null;
  event: string | null;
  unit: string;
  currency: string | null;
  rule: string;
}

export interface RevisionTable {
  id: Generated<number>;
  entity: string;
  entity_id: number;
  actor_id: number | null;
  at: string;
  action: string;
  before: string | null;
  after: string | null;
  note: string | null;
}

export interface Database {
  user: UserTable;
  session: SessionTable;
  article: ArticleTable;
  claim: ClaimTable;
  figure: FigureTable;
  revision: RevisionTable;
}

export type UserRow = Selectable<UserTable>;
export type NewArticle = Insertable<ArticleTable>;
export type NewClaim = Insertable<ClaimTable>;
export type NewFigure = Insertable<FigureTable>;
export type ClaimUpdate = Updateable<ClaimTable>;
