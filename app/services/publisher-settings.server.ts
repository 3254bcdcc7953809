import type { DB } from '../../db/connection';
import { getSettings, putSetting } from '../models/setting.server';
import { insertRevision } from '../models/revision.server';

export interface PublisherSettingsInput {
  orgName: string;
  orgUrl: string;
  siteUrl: string;
}

/**
 * Saves the organisation and site used by ClaimReview exports (empty clears a
 * value back to its env fallback); what changed goes into the history.
 */
export async function savePublisherSettings(db: DB, input: PublisherSettingsInput, actor: { id: number; now: Date }): Promise<void> {
  const now = actor.now.toISOString();
  const next: Record<string, string> = {
    org_name: input.orgName.trim(),
    org_url: input.orgUrl.trim(),
    site_url: input.siteUrl.trim().replace(/\/+$/, ''),
  };
  await db.transaction().execute(async (trx) => {
    const current = await getSettings(trx, Object.keys(next));
    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) {
      if ((current[key] ?? '') === value) continue;
      before[key] = current[key] ?? '';
      after[key] = value;
      await putSetting(trx, { key, value, actorId: actor.id, now });
    }
    if (Object.keys(after).length === 0) return;
    await insertRevision(trx, {
      entity: 'setting',
      entityId: 0,
      claimId: null,
      actorId: actor.id,
      at: now,
      action: 'set-publisher',
      before,
      after,
    });
  });
}
