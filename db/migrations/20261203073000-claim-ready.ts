import { sql, type Kysely } from 'kysely';
import { onPostgres } from '../dialect';

// The editors' queue without reading every pending claim (issue 15, ADR 035).
// - `claim.evidence_count`: the claim's live evidence (not removed), kept by
//   triggers on evidence in every write's transaction (add, remove, a link
//   moved to another claim, delete); copies (db/copy.ts, desk-copy) leave it
//   to the triggers.
// - `claim.ready`: 1 when the claim is complete for sign-off, else 0: the SQL
//   form of missingForSignoff (a non-blank verdict, and for Verified, False
//   and Misleading a live evidence item). A generated column (stored on
//   PostgreSQL, virtual on SQLite, which cannot add a stored one), so no
//   write path can leave it behind.
// - Indexes for the queue's ranges with what its filters read, so pages and
//   capped counts read the index alone: the pending list by readiness in
//   change order (`claim_signoff_ready`), and a user's assigned claims
//   (`claim_assignee_ready`, which replaces claim_assignee_live: the same
//   leading columns, more of them covered).

const READY = `case when verdict is not null and trim(verdict) <> ''
  and (status not in ('verified', 'false', 'misleading') or evidence_count > 0) then 1 else 0 end`;

/** `update claim set evidence_count = evidence_count ± 1 where …` for trigger row `r` when it is live. */
function apply(r: 'old' | 'new'): string {
  return `update claim set evidence_count = evidence_count ${r === 'old' ? '-' : '+'} 1 where id = ${r}.claim_id and ${r}.removed_at is null`;
}

const CHANGED = `old.claim_id <> new.claim_id or (old.removed_at is null) <> (new.removed_at is null)`;

export async function up(db: Kysely<any>): Promise<void> {
  const pg = onPostgres(db);
  await db.schema.alterTable('claim').addColumn('evidence_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update claim set evidence_count =
      (select count(*) from evidence where evidence.claim_id = claim.id and evidence.removed_at is null)
    where id in (select claim_id from evidence where removed_at is null)`.execute(db);

  if (pg) {
    await sql.raw(`create function evidence_count_claim() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then ${apply('old')}; end if;
        if tg_op <> 'DELETE' then ${apply('new')}; end if;
        return null;
      end $$`).execute(db);
    await sql.raw(`create trigger evidence_count_aid after insert or delete on evidence
      for each row execute function evidence_count_claim()`).execute(db);
    await sql.raw(`create trigger evidence_count_au after update of claim_id, removed_at on evidence
      for each row when (${CHANGED}) execute function evidence_count_claim()`).execute(db);
    await sql.raw(`alter table claim add column ready integer generated always as (${READY}) stored`).execute(db);
  } else {
    await sql.raw(`create trigger evidence_count_ai after insert on evidence begin ${apply('new')}; end`).execute(db);
    await sql.raw(`create trigger evidence_count_ad after delete on evidence begin ${apply('old')}; end`).execute(db);
    await sql.raw(`create trigger evidence_count_au after update of claim_id, removed_at on evidence
      when ${CHANGED} begin ${apply('old')}; ${apply('new')}; end`).execute(db);
    await sql.raw(`alter table claim add column ready integer generated always as (${READY}) virtual`).execute(db);
  }

  const index = (name: string, columns: string[]) => db.schema.createIndex(name).on('claim').columns(columns).execute();
  await index('claim_signoff_ready', ['signoff', 'dismissed_at', 'ready', 'updated_at', 'id', 'rating', 'status', 'assignee_id']);
  await index('claim_assignee_ready', ['assignee_id', 'dismissed_at', 'updated_at', 'id', 'signoff', 'ready', 'rating', 'status']);
  await db.schema.dropIndex('claim_assignee_live').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('claim_assignee_live').on('claim').columns(['assignee_id', 'dismissed_at', 'updated_at', 'id', 'signoff']).execute();
  await db.schema.dropIndex('claim_assignee_ready').execute();
  await db.schema.dropIndex('claim_signoff_ready').execute();
  if (onPostgres(db)) {
    await sql`drop trigger evidence_count_au on evidence`.execute(db);
    await sql`drop trigger evidence_count_aid on evidence`.execute(db);
    await sql`drop function evidence_count_claim()`.execute(db);
  } else {
    for (const t of ['evidence_count_au', 'evidence_count_ad', 'evidence_count_ai']) await sql.raw(`drop trigger ${t}`).execute(db);
  }
  await db.schema.alterTable('claim').dropColumn('ready').execute();
  await db.schema.alterTable('claim').dropColumn('evidence_count').execute();
}
