/**
 * npm run reextract [-- ID...]   re-reads articles (all, or those named) with
 * the current extraction engine, through the same re-anchoring as a new
 * version: claims keep their review state and history; a claim whose passage
 * now reads differently is flagged "changed in source". An article whose
 * cleaned text comes out the same is left alone. Exit status 1 when any failed.
 */
import { closeDb, getDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { reextractArticle } from '../app/services/article-revision.server';
import { listArticleIds } from '../app/models/article-version.server';
import { parseCli, usageError } from './lib/cli';

const USAGE = `usage: npm run reextract [-- ID...]

Re-reads the articles named by id (all when none is named) with the current
extraction engine, as a new version where the text now reads differently.`;
const { positionals } = parseCli(USAGE, { options: {}, allowPositionals: true });
const bad = positionals.find((a) => !/^[1-9]\d*$/.test(a));
if (bad !== undefined) usageError(USAGE, `"${bad}" is not an article id`);

const db = getDb();
await migrateToLatest(db);
const named = positionals.map(Number);
const ids = named.length ? named : await listArticleIds(db);
let failed = 0;
let versions = 0;
for (const id of ids) {
  try {
    const r = await reextractArticle(db, id, { id: null, now: new Date() });
    if (r.created) {
      versions++;
      const s = r.summary!;
      console.log(`article ${id}: version ${r.version}: ${s.changed} changed, ${s.removed} removed, ${s.added} new, ${s.unchanged + s.moved} unchanged`);
    } else console.log(`article ${id}: same text, no new version`);
  } catch (e) {
    failed++;
    console.log(`article ${id}: error: ${e instanceof Error ? e.message : String(e)}`);
  }
}
console.log(`${ids.length} articles re-read, ${versions} new versions, ${failed} failed`);
await closeDb();
process.exit(failed ? 1 : 0);
