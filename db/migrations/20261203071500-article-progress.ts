import { sql, type Kysely } from 'kysely';
import { onPostgres } from '../dialect';

// Per-article counts of live claims by review state (issue 15, ADR 035), so
// that /articles and its progress filters read one narrow row per article
// instead of aggregating claims on every view. `article_progress` has one
// row per article (made by a trigger on article insert) holding, over the
// article's live claims (not dismissed or merged): all of them, those
// unreviewed, in progress and with a final status, and those whose sign-off
// is pending, sent back ('returned') or approved.
//
// Database triggers keep the row up to date in the transaction of every
// claim write, whichever path writes (import, revision, status, sign-off,
// merge, split, dismiss, restore, an approval lapsing, a desk copy): on
// insert and delete of a claim, and on an update that changes its article,
// whether it is live, its status or its sign-off. Copies (db/copy.ts,
// desk-copy) leave the table to the triggers. The backfill counts what is
// on the desk now.

const FINAL = `('verified', 'false', 'misleading', 'unverifiable')`;

/** The counted columns and, per column, whether a claim row (`r`, the trigger's old or new) counts in it, as SQL. */
const COUNTS: Array<[string, (r: string) => string]> = [
  ['claims', (r) => `${r}.dismissed_at is null`],
  ['unreviewed', (r) => `${r}.dismissed_at is null and ${r}.status = 'unreviewed'`],
  ['in_progress', (r) => `${r}.dismissed_at is null and ${r}.status = 'in_progress'`],
  ['reviewed', (r) => `${r}.dismissed_at is null and ${r}.status in ${FINAL}`],
  ['pending', (r) => `${r}.dismissed_at is null and ${r}.signoff = 'pending'`],
  ['returned', (r) => `${r}.dismissed_at is null and ${r}.signoff = 'returned'`],
  ['approved', (r) => `${r}.dismissed_at is null and ${r}.signoff = 'approved'`],
];

/** `update article_progress set claims = claims ± (…), …` for trigger row `r` ('old' subtracts, 'new' adds). */
function apply(r: 'old' | 'new'): string {
  const sign = r === 'old' ? '-' : '+';
  const set = COUNTS.map(([c, counts]) => `${c} = ${c} ${sign} (case when ${counts(r)} then 1 else 0 end)`).join(', ');
  return `update article_progress set ${set} where article_id = ${r}.article_id`;
}

// An update is counted again only when it changes something counted (columns in the SET list but unchanged do not).
const CHANGED = `old.article_id <> new.article_id or (old.dismissed_at is null) <> (new.dismissed_at is null)
  or old.status <> new.status or old.signoff <> new.signoff`;

export async function up(db: Kysely<any>): Promise<void> {
  const pg = onPostgres(db);
  let table = db.schema
    .createTable('article_progress')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('article.id').onDelete('cascade'));
  for (const [c] of COUNTS) table = table.addColumn(c, 'integer', (col) => col.notNull().defaultTo(0));
  await table.execute();

  if (pg) {
    await sql.raw(`create function article_progress_new() returns trigger language plpgsql as $$
      begin insert into article_progress (article_id) values (new.id); return null; end $$`).execute(db);
    await sql.raw(`create trigger article_progress_ai after insert on article
      for each row execute function article_progress_new()`).execute(db);
    await sql.raw(`create function claim_progress() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then ${apply('old')}; end if;
        if tg_op <> 'DELETE' then ${apply('new')}; end if;
        return null;
      end $$`).execute(db);
    await sql.raw(`create trigger claim_progress_aid after insert or delete on claim
      for each row execute function claim_progress()`).execute(db);
    await sql.raw(`create trigger claim_progress_au after update of article_id, dismissed_at, status, signoff on claim
      for each row when (${CHANGED}) execute function claim_progress()`).execute(db);
  } else {
    await sql.raw(`create trigger article_progress_ai after insert on article begin
      insert into article_progress (article_id) values (new.id); end`).execute(db);
    await sql.raw(`create trigger claim_progress_ai after insert on claim begin ${apply('new')}; end`).execute(db);
    await sql.raw(`create trigger claim_progress_ad after delete on claim begin ${apply('old')}; end`).execute(db);
    await sql.raw(`create trigger claim_progress_au after update of article_id, dismissed_at, status, signoff on claim
      when ${CHANGED} begin ${apply('old')}; ${apply('new')}; end`).execute(db);
  }

  // A left join's missing claim (an article without claims) has a null dismissed_at too: count claims that exist.
  const sums = COUNTS.map(([, counts]) => `coalesce(sum(case when claim.id is not null and ${counts('claim')} then 1 else 0 end), 0)`).join(', ');
  await sql.raw(`insert into article_progress (article_id, ${COUNTS.map(([c]) => c).join(', ')})
    select article.id, ${sums} from article left join claim on claim.article_id = article.id group by article.id`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (onPostgres(db)) {
    await sql`drop trigger claim_progress_au on claim`.execute(db);
    await sql`drop trigger claim_progress_aid on claim`.execute(db);
    await sql`drop trigger article_progress_ai on article`.execute(db);
    await sql`drop function claim_progress()`.execute(db);
    await sql`drop function article_progress_new()`.execute(db);
  } else {
    for (const t of ['claim_progress_au', 'claim_progress_ad', 'claim_progress_ai', 'article_progress_ai']) await sql.raw(`drop trigger ${t}`).execute(db);
  }
  await db.schema.dropTable('article_progress').execute();
}
