/**
 * The desk's settings an admin sets on /admin/settings: who publishes the
 * fact checks (ClaimReview's author and site) and the desk's own names for
 * the rating scale. Each save writes only what changed, with a revision in
 * the history.
 */
import type { DB } from '../../db/connection';
import { DEFAULT_RATING_LABELS, RATING_SCALE, type RatingLabels } from '../domain/claims/rating';
import { getSettings, putSetting } from '../models/setting.server';
import { insertRevision } from '../models/revision.server';

export interface PublisherSettingsInput {
  orgName: string;
  orgUrl: string;
  siteUrl: string;
}

const labelKey = (value: number) => `rating_label_${value}`;
const LABEL_KEYS = RATING_SCALE.map((r) => labelKey(r.value));

export const ORG_SETTINGS = ['org_name', 'org_url', 'site_url'] as const;

/** The organisation and site, from the admin settings page, falling back to CLAIMDESK_ORG_NAME / _ORG_URL / _SITE_URL. */
export async function publisherSettings(db: DB, env: NodeJS.ProcessEnv = process.env) {
  return (await publisherSettingsWithStored(db, env)).effective;
}

/**
 * The publisher settings as an admin stored them (`stored`: setting key →
 * value, absent when never set) and as exports use them (`effective`: with
 * the environment fallbacks, null when neither is set).
 */
export async function publisherSettingsWithStored(db: DB, env: NodeJS.ProcessEnv = process.env) {
  const stored = await getSettings(db, [...ORG_SETTINGS]);
  const pick = (key: string, envKey: string) => stored[key]?.trim() || env[envKey]?.trim() || null;
  return {
    stored,
    effective: {
      orgName: pick('org_name', 'CLAIMDESK_ORG_NAME'),
      orgUrl: pick('org_url', 'CLAIMDESK_ORG_URL'),
      siteUrl: pick('site_url', 'CLAIMDESK_SITE_URL'),
    },
  };
}

/**
 * Saves the organisation and site used by ClaimReview exports (empty clears a
 * value back to its env fallback); what changed goes into the history
 * (action `set-publisher`).
 */
export async function savePublisherSettings(db: DB, input: PublisherSettingsInput, actor: { id: number; now: Date }): Promise<void> {
  const next = { org_name: input.orgName.trim(), org_url: input.orgUrl.trim(), site_url: input.siteUrl.trim().replace(/\/+$/, '') };
  await saveSettings(db, next, actor, 'set-publisher');
}

/**
 * The desk's name for each point of the rating scale (1–5), the scale's own
 * name where the desk set none: `{ 1: 'False', 2: 'Misleading', … }`.
 */
export async function deskRatingLabels(db: DB): Promise<RatingLabels> {
  const stored = await getSettings(db, LABEL_KEYS);
  return Object.fromEntries(RATING_SCALE.map((r) => [r.value, stored[labelKey(r.value)]?.trim() || DEFAULT_RATING_LABELS[r.value]]));
}

/**
 * Saves the desk's rating names by ratingValue; an empty or missing name goes
 * back to the scale's own. What changed goes into the history (action
 * `set-rating-labels`).
 */
export async function saveRatingLabels(db: DB, labels: Partial<RatingLabels>, actor: { id: number; now: Date }): Promise<void> {
  // The scale's own name is stored as empty, so a later change of the default reaches desks that never renamed it.
  const next = Object.fromEntries(
    RATING_SCALE.map((r) => {
      const label = labels[r.value]?.trim() ?? '';
      return [labelKey(r.value), label === DEFAULT_RATING_LABELS[r.value] ? '' : label];
    }),
  );
  await saveSettings(db, next, actor, 'set-rating-labels');
}

/** Writes the settings whose value changed and one revision naming them (before and after). */
async function saveSettings(db: DB, next: Record<string, string>, actor: { id: number; now: Date }, action: string): Promise<void> {
  const now = actor.now.toISOString();
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
    await insertRevision(trx, { entity: 'setting', entityId: 0, claimId: null, actorId: actor.id, at: now, action, before, after });
  });
}
