import type { Role } from '../models/user.server';

/** Who may use a route's action: anyone (sign-in, sign-out) or a signed-in user of at least this role. */
export type Access = 'anyone' | Role;

/**
 * The role table: every route module in app/routes that exports an `action`,
 * by route id, with the least role allowed to post to it. Ranks: checker <
 * editor < admin (an admin may do everything). The action itself enforces it
 * with requireRole; tests/routes/permissions.test.ts walks the routes folder,
 * posts to every action as each role and fails when a route is missing here
 * or answers differently. The README's role table is written from this.
 */
export const ACTION_ACCESS: Record<string, Access> = {
  'routes/login': 'anyone',
  'routes/logout': 'anyone',
  'routes/articles.new': 'checker',
  'routes/claims.$id': 'checker',
  'routes/sources._index': 'checker',
  'routes/sources.$id': 'checker',
  'routes/admin.users': 'admin',
  'routes/measures._index': 'checker',
  'routes/measures.$id': 'checker',
  'routes/measures.conventions': 'editor',
  'routes/admin.settings': 'admin',
};

/**
 * Routes whose loader produces an export (Markdown, HTML, CSV, JSON,
 * ClaimReview) and so need the editor role even to read.
 */
export const EXPORT_ACCESS: Record<string, Role> = {
  'routes/articles.$id.export[.]md': 'editor',
  'routes/articles.$id.export[.]html': 'editor',
  'routes/articles.$id.export[.]csv': 'editor',
  'routes/articles.$id.export[.]json': 'editor',
  'routes/articles.$id.figures[.]csv': 'editor',
  'routes/articles.$id.claimreview[.]json': 'editor',
  'routes/exports._index': 'editor',
  'routes/exports.$file': 'editor',
};

export const ROLE_RANK: Record<Role, number> = { checker: 1, editor: 2, admin: 3 };

export function roleAllows(role: Role, needed: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}
