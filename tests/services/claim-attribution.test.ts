import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { setAttribution } from '../../app/services/claim-edit.server';
import { RuleError, StaleEditError } from '../../app/services/errors';
import { useTestDb } from '../helpers/test-db';
import { seedExportFixture } from '../helpers/export-fixture';

/**
 * A checker corrects who a claim is attributed to (the article's wording
 * named the wrong speaker, or none). The attribution is part of what an
 * editor approves (ClaimReview names it as the claim's author), so an
 * approved claim goes back to pending, with a revision saying what changed.
 */
describe('correcting a claim’s attribution', () => {
  let db: DB;
  let claim: { id: number; version: number; attribution: string | null };
  const actor = { id: null, now: new Date('2026-12-03T09:00:00Z') };

  beforeAll(async () => {
    db = await useTestDb();
    await seedExportFixture(db);
    claim = await db.selectFrom('claim').select(['id', 'version', 'attribution']).where('signoff', '=', 'approved').orderBy('id').executeTakeFirstOrThrow();
  });

  it('stores the new attribution, records it in the history and reopens the approval', async () => {
    await setAttribution(db, { claimId: claim.id, version: claim.version, attribution: '  the regional health office ', actor });
    const after = await db.selectFrom('claim').select(['attribution', 'signoff', 'version']).where('id', '=', claim.id).executeTakeFirstOrThrow();
    expect(after.attribution).toBe('the regional health office');
    expect(after.signoff).not.toBe('approved');
    const revision = await db.selectFrom('revision').select(['action', 'before', 'after']).where('claimId', '=', claim.id).where('action', '=', 'attribution').executeTakeFirstOrThrow();
    expect(JSON.parse(revision.after!)).toMatchObject({ attribution: 'the regional health office' });
    expect(JSON.parse(revision.before!)).toMatchObject({ attribution: claim.attribution });
    claim = { ...claim, version: after.version };
  });

  it('clears it to "not stated", refuses a stale version and an overlong name, and changes nothing then', async () => {
    await setAttribution(db, { claimId: claim.id, version: claim.version, attribution: '', actor });
    const cleared = await db.selectFrom('claim').select(['attribution', 'version']).where('id', '=', claim.id).executeTakeFirstOrThrow();
    expect(cleared.attribution).toBeNull();
    await expect(setAttribution(db, { claimId: claim.id, version: claim.version, attribution: 'someone', actor })).rejects.toBeInstanceOf(StaleEditError);
    await expect(setAttribution(db, { claimId: claim.id, version: cleared.version, attribution: 'x'.repeat(301), actor })).rejects.toBeInstanceOf(RuleError);
    const still = await db.selectFrom('claim').select(['attribution', 'version']).where('id', '=', claim.id).executeTakeFirstOrThrow();
    expect(still).toEqual(cleared);
  });
});
