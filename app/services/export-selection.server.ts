/**
 * The /exports page's read model: who and what the selection form offers,
 * and how many claims a selection holds.
 */
import type { DB } from '../../db/connection';
import type { ExportFilters } from '../domain/export/export-filters';
import { countExportClaims } from '../models/export.server';
import { listMeasures } from '../models/measure.server';
import { listUsers } from '../models/user.server';

/** The choices of the selection form: every user `{id, name}` (assignee) and every measure `{id, label}`. Throws nothing of its own. */
export async function exportSelectionChoices(db: DB): Promise<{ users: { id: number; name: string }[]; measures: { id: number; label: string }[] }> {
  const [users, measures] = await Promise.all([listUsers(db), listMeasures(db)]);
  return { users: users.map((u) => ({ id: u.id, name: u.name })), measures: measures.map((m) => ({ id: m.id, label: m.label })) };
}

/** How many claims the filters select (signed-off only unless `includeDrafts`), as an export would write them. */
export async function countExportSelection(db: DB, filters: ExportFilters): Promise<number> {
  return countExportClaims(db, filters);
}
