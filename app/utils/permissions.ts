import type { Role } from '../models/user.server';

/**
 * What a signed-in user may do, with the least role allowed (checker <
 * editor < admin; an admin may do everything). requireAccess in
 * access.server.ts enforces exactly this table, and the README's role table
 * is written from it.
 */
export const PERMISSIONS = {
  /** Import articles (/articles/new). */
  'article.import': 'checker',
  /** Set status, rating, wording; add evidence; split, merge, dismiss; assign (/claims/:id). */
  'claim.edit': 'checker',
  /** Approve a verdict or send it back (sign-off on /claims/:id). */
  'claim.signoff': 'editor',
  /** Add and edit library sources (/sources, /sources/:id). */
  'source.edit': 'checker',
  /** Make, edit and fill measures; accept or reject suggestions (/measures, /measures/:id). */
  'measure.edit': 'checker',
  /** Switch the vague-word conventions (/measures/conventions). */
  'measure.conventions': 'editor',
  /** Export verified summaries (/articles/:id/export.*, /exports). */
  'export.read': 'editor',
  /** Organisation and site for ClaimReview (/admin/settings). */
  'settings.edit': 'admin',
  /** Import published fact-checks into the archive claims are matched against (/admin/archive). */
  'archive.import': 'admin',
  /** Add users, change roles, reset passwords, deactivate (/admin/users). */
  'users.manage': 'admin',
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

/** Who may use a route's action: anyone (sign-in, sign-out) or a user holding this permission. */
export type Access = 'anyone' | Permission;

/**
 * Every route module in app/routes that exports an `action`, by route id,
 * with the permission its action requires before anything else. Intents that
 * need more (approve and send back on the claim page) check their own
 * permission as well. tests/routes/permissions.test.ts walks the routes
 * folder, posts to every action as each role and fails when a route is
 * missing here or answers differently.
 */
export const ACTION_ACCESS: Record<string, Access> = {
  'routes/login': 'anyone',
  'routes/logout': 'anyone',
  'routes/articles.new': 'article.import',
  'routes/articles.$id': 'claim.edit',
  'routes/claims.$id': 'claim.edit',
  'routes/claims.$id_.matches': 'claim.edit',
  'routes/admin.archive': 'archive.import',
  'routes/sources._index': 'source.edit',
  'routes/sources.$id': 'source.edit',
  'routes/admin.users': 'users.manage',
  'routes/measures._index': 'measure.edit',
  'routes/measures.$id': 'measure.edit',
  'routes/measures.conventions': 'measure.conventions',
  'routes/admin.settings': 'settings.edit',
  'routes/queue': 'claim.signoff',
};

/** Routes whose loader produces an export (Markdown, HTML, CSV, JSON, ClaimReview), so reading them needs a permission. */
export const LOADER_ACCESS: Record<string, Permission> = {
  'routes/articles.$id.export[.]md': 'export.read',
  'routes/articles.$id.export[.]html': 'export.read',
  'routes/articles.$id.export[.]csv': 'export.read',
  'routes/articles.$id.export[.]json': 'export.read',
  'routes/articles.$id.figures[.]csv': 'export.read',
  'routes/articles.$id.claimreview[.]json': 'export.read',
  'routes/exports._index': 'export.read',
  'routes/exports.$file': 'export.read',
  'routes/admin.settings': 'settings.edit',
  'routes/admin.users': 'users.manage',
};

export const ROLE_RANK: Record<Role, number> = { checker: 1, editor: 2, admin: 3 };

/** Whether a role is at least `needed` in rank. */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}

/**
 * Whether a role holds a permission.
 *
 * @example can('checker', 'claim.signoff') // false
 */
export function can(role: Role, permission: Permission): boolean {
  return roleAllows(role, PERMISSIONS[permission]);
}
