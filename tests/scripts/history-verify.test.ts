import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { setClaimStatus } from '../../app/services/claim-status.server';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';

const verify = () =>
  spawnSync(process.execPath, ['scripts/cli.mjs', 'history-verify'], { env: { ...process.env }, encoding: 'utf8', timeout: 180_000 });

describe('npm run history:verify', () => {
  let db: DB;
  let claimId: number;
  beforeAll(async () => {
    db = await useTestDb();
    const { articleId } = await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
    claimId = (await db.selectFrom('claim').select('id').where('articleId', '=', articleId).executeTakeFirstOrThrow()).id;
    await setClaimStatus(db, { claimId, status: 'verified', version: null, actorId: null, now: new Date() });
  });

  it('reports an intact chain', () => {
    const run = verify();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/History chain intact: \d+ revisions verified/);
  });

  it('catches a revision edited behind the app’s back and names it', async () => {
    const target = await db
      .selectFrom('revision')
      .select('id')
      .where('claimId', '=', claimId)
      .where('action', '=', 'status')
      .executeTakeFirstOrThrow();
    await sql`update revision set after = '{"status":"false"}' where id = ${target.id}`.execute(db);
    const run = verify();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`BROKEN at revision ${target.id}`);
    expect(run.stderr).toMatch(/edited/);
  });
});
