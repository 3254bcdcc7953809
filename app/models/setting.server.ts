import type { DB } from '../../db/connection';

/** A stored setting, or undefined when never set (callers apply their default). */
export async function getSetting(db: DB, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** The stored value of each key that has one (keys never set are absent). */
export async function getSettings(db: DB, keys: string[]): Promise<Record<string, string>> {
  if (keys.length === 0) return {};
  const rows = await db.selectFrom('setting').select(['key', 'value']).where('key', 'in', keys).execute();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Stores a setting's value, replacing the one stored, with who set it and when (ISO time). */
export async function putSetting(db: DB, s: { key: string; value: string; actorId: number | null; now: string }): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key: s.key, value: s.value, updatedBy: s.actorId, updatedAt: s.now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: s.value, updatedBy: s.actorId, updatedAt: s.now }))
    .execute();
}
