import type { DB } from '../../db/connection';
import { putSetting } from '../models/setting.server';

export interface PublisherSettingsInput {
  orgName: string;
  orgUrl: string;
  siteUrl: string;
}

/** Saves the organisation and site used by ClaimReview exports (empty clears a value back to its env fallback). */
export async function savePublisherSettings(db: DB, input: PublisherSettingsInput, actor: { id: number; now: Date }): Promise<void> {
  const now = actor.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await putSetting(trx, { key: 'org_name', value: input.orgName.trim(), actorId: actor.id, now });
    await putSetting(trx, { key: 'org_url', value: input.orgUrl.trim(), actorId: actor.id, now });
    await putSetting(trx, { key: 'site_url', value: input.siteUrl.trim().replace(/\/+$/, ''), actorId: actor.id, now });
  });
}
