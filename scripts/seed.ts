/** First run: creates the first admin and loads the demo article into an empty database. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeDb, getDb } from '../db/connection';
import { countArticles } from '../app/models/article.server';
import { ensureFirstAdmin } from '../app/services/auth.server';
import { importArticle } from '../app/services/import-article.server';
import { parseCli } from './lib/cli';

parseCli(
  `usage: npm run seed

On an empty database: creates the first admin (CLAIMDESK_ADMIN_EMAIL and
CLAIMDESK_ADMIN_PASSWORD, or admin@claimdesk.local with a generated password
printed once) and loads the demo article (CLAIMDESK_DEMO_ARTICLE=off skips it).
No options.`,
  { options: {} },
);

const db = getDb();
const now = new Date();
const admin = await ensureFirstAdmin(
  db,
  { email: process.env.CLAIMDESK_ADMIN_EMAIL, password: process.env.CLAIMDESK_ADMIN_PASSWORD },
  now,
);
if (admin?.password) {
  console.log(`\n  Created the demo admin. Sign in as ${admin.email} with password ${admin.password}\n  (shown once; set CLAIMDESK_ADMIN_EMAIL and CLAIMDESK_ADMIN_PASSWORD to choose your own)\n`);
} else if (admin) {
  console.log(`Created the admin ${admin.email} from CLAIMDESK_ADMIN_EMAIL`);
}
if (process.env.CLAIMDESK_DEMO_ARTICLE !== 'off' && (await countArticles(db)) === 0) {
  // From the project root (npm runs scripts there), whether this runs as scripts/seed.ts or build/scripts/seed.js.
  const path = resolve('demo/saraqeb.txt');
  const result = await importArticle(
    db,
    {
      text: readFileSync(path, 'utf8'),
      format: 'text',
      title: null,
      url: null,
      publisher: null,
      publishedAt: '2020-02-27',
      fileName: 'saraqeb.txt',
    },
    { id: null, now },
  );
  console.log(`Loaded the demo article "${result.title}": ${result.claims} claims, ${result.figures} figures`);
}
await closeDb();
