import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { setClaimStatus, StaleEditError } from '../../app/services/claim-status.server';
import { loadClaimPage } from '../../app/services/claim-page.server';
import { listClaimRevisions } from '../../app/models/revision.server';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';
import { signedIn } from '../helpers/users';

describe('setClaimStatus', () => {
  let db: DB;
  let claimId: number;
  let actorId: number;
  beforeAll(async () => {
    db = await useTestDb();
    actorId = (await signedIn(db, 'checker')).user.id;
    const { articleId } = await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: actorId, now: new Date() },
    );
    const first = await db.selectFrom('claim').select('id').where('articleId', '=', articleId).executeTakeFirstOrThrow();
    claimId = first.id;
  });

  it('changes the status, bumps the version and records who did it', async () => {
    const result = await setClaimStatus(db, { claimId, status: 'in_progress', version: 1, actorId, now: new Date() });
    expect(result).toEqual({ status: 'in_progress', version: 2 });
    const page = await loadClaimPage(db, claimId);
    expect(page.claim.status).toBe('in_progress');
    expect((await listClaimRevisions(db, claimId)).at(-1)).toMatchObject({
      action: 'status',
      actor: 'Test checker',
      before: { status: 'unreviewed' },
      after: { status: 'in_progress' },
    });
  });

  it('refuses a change made from a stale version and keeps the newer one', async () => {
    await expect(
      setClaimStatus(db, { claimId, status: 'false', version: 1, actorId, now: new Date() }),
    ).rejects.toBeInstanceOf(StaleEditError);
    const page = await loadClaimPage(db, claimId);
    expect(page.claim.status).toBe('in_progress');
    expect(page.claim.version).toBe(2);
  });
});
