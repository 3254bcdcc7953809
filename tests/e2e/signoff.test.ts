import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { openDatabase, type DB } from '../../db/connection';
import { createUser } from '../../app/services/auth.server';
import { setClaimStatus } from '../../app/services/claim-status.server';
import { setRating } from '../../app/services/claim-edit.server';
import { addEvidence } from '../../app/services/evidence.server';
import { ADMIN } from '../helpers/app-server';
import { browserPath, signIn } from '../helpers/browser';
import { useSignedInBrowser } from '../helpers/signed-in-browser';

const CHECKER = { email: 'sign-checker@example.test', password: 'checker password 1', name: 'Chris Checker' };
const EDITOR = { email: 'sign-editor@example.test', password: 'editor password 1', name: 'Eda Editor' };

/** Saves a screenshot for a person to look at (/tmp/signoff-NAME.png). */
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/signoff-${name}.png` });

/** Signs out whoever is signed in, then in as someone else. */
async function switchUser(page: Page, url: string, who: { email: string; password: string }) {
  await page.context().clearCookies();
  await signIn(page, url, who.email, who.password);
}

describe.skipIf(!browserPath)('sign-off and a day of review in Chromium', () => {
  const s = useSignedInBrowser({ demoArticle: true });
  let db: DB;
  let articleId: number;
  let claimIds: number[];
  let checkerId: number;
  let editorId: number;

  /** A checker works a claim up to a complete proposal (evidence, rating, verdict, final status) through the services. */
  async function propose(claimId: number, by: number) {
    const actor = { id: by, now: new Date() };
    await addEvidence(db, {
      claimId,
      sourceId: null,
      newSource: { url: `https://example.org/report-${claimId}`, title: `Report ${claimId}`, publisher: 'OCHA', kind: 'un_ngo_report', publishedAt: null, accessedAt: null, archivedUrl: null, notes: null },
      stance: 'supports',
      excerpt: '',
      note: '',
      figure: { text: '', asOf: '' },
      actor,
    });
    await setRating(db, { claimId, version: null, rating: 'True', verdict: 'Matches the UN count.', actor });
    await setClaimStatus(db, { claimId, status: 'verified', version: null, actorId: by, now: new Date() });
  }

  beforeAll(async () => {
    db = openDatabase(s.app.databaseUrl.slice('file:'.length));
    checkerId = (await createUser(db, { ...CHECKER, role: 'checker' }, new Date())).id;
    editorId = (await createUser(db, { ...EDITOR, role: 'editor' }, new Date())).id;
    articleId = (await db.selectFrom('article').select('id').executeTakeFirstOrThrow()).id;
    claimIds = (await db.selectFrom('claim').select('id').where('articleId', '=', articleId).where('dismissedAt', 'is', null).orderBy('anchorStart').execute()).map((r) => r.id);
    await propose(claimIds[0], checkerId);
    await propose(claimIds[1], editorId);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  const exportOf = async (format: 'md' | 'json') => (await s.page.request.get(`${s.app.url}/articles/${articleId}/export.${format}`)).text();
  const quoteOf = async (id: number) => (await db.selectFrom('claim').select('text').where('id', '=', id).executeTakeFirstOrThrow()).text;

  it('approve, then change: the claim is pending again and the exports no longer show it as signed off', async () => {
    const { page, app } = s;
    const id = claimIds[0];
    const text = await quoteOf(id);
    await page.goto(`${app.url}/claims/${id}`);
    await page.getByRole('button', { name: 'Approve verdict' }).click();
    await expect.poll(() => page.locator('p.signoff').innerText()).toContain('Signed off');
    expect(await exportOf('md')).toContain(text.slice(0, 40));
    expect(JSON.stringify(JSON.parse(await exportOf('json')))).toContain(text.slice(0, 40));

    // A checker-side change of the rating after approval.
    const verdict = page.getByRole('region', { name: 'Rating and verdict' });
    await verdict.getByLabel('Rating').selectOption('Mostly true');
    await verdict.getByRole('button', { name: /Save/ }).click();
    await expect.poll(() => page.locator('p.signoff').innerText()).toContain('waiting for an editor');
    // The claim page says the approval was taken back, and why.
    await expect.poll(() => page.locator('p.signoff-reopened').innerText()).toMatch(/Changed since approval.*rating/is);
    await page.locator('p.signoff-reopened').scrollIntoViewIfNeeded();
    await shot(page, 'claim-reopened');
    expect(await exportOf('md')).not.toContain(text.slice(0, 40));
    expect(await exportOf('json')).not.toContain(text.slice(0, 40));
    const drafts = await (await page.request.get(`${app.url}/articles/${articleId}/export.md?drafts=1`)).text();
    expect(drafts).toContain(text.slice(0, 40));

    // The claim list says why it is pending.
    await page.goto(`${app.url}/articles/${articleId}?claim=${id}`);
    await expect.poll(() => page.locator(`#item-${id} [data-kind=signoff]`).innerText()).toBe('changed since approval');
    await shot(page, 'article-list');
  });

  it('refuses self-approval: the proposer (an editor) cannot approve their own verdict', async () => {
    const { page, app } = s;
    const id = claimIds[1];
    await switchUser(page, app.url, EDITOR);
    await page.goto(`${app.url}/claims/${id}`);
    await expect.poll(() => page.locator('.signoff-actions').innerText()).toContain('another editor approves it');
    expect(await page.getByRole('button', { name: /Approve/ }).count()).toBe(0);
    const version = (await db.selectFrom('claim').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
    const res = await page.request.post(`${app.url}/claims/${id}`, { form: { intent: 'approve', version: String(version) }, headers: { Origin: app.url } });
    expect(res.status()).toBe(422);
    expect(await res.text()).toContain('another editor must approve it');
    expect((await db.selectFrom('claim').select('signoff').where('id', '=', id).executeTakeFirstOrThrow()).signoff).toBe('pending');
  });

  it('a sent-back claim is in its proposer’s queue with the editor’s comment', async () => {
    const { page, app } = s;
    const id = claimIds[0];
    // Signed in as the editor (not the proposer of this one): send it back.
    await page.goto(`${app.url}/claims/${id}`);
    await page.getByLabel('Comment for the checker').fill('Cite the UN figure as well');
    await page.getByRole('button', { name: 'Send back' }).click();
    await expect.poll(() => page.locator('p.signoff').innerText()).toContain('Sent back');
    await switchUser(page, app.url, CHECKER);
    await page.goto(`${app.url}/queue`);
    const row = page.locator(`tr[data-claim-id="${id}"]`).first();
    await expect.poll(() => row.innerText()).toContain('sent back');
    expect(await row.innerText()).toContain('Cite the UN figure as well');
    await shot(page, 'queue');
  });

  it('keeps a discussion thread on the claim page', async () => {
    const { page, app } = s;
    await page.goto(`${app.url}/claims/${claimIds[0]}`);
    const thread = page.getByRole('region', { name: 'Discussion' });
    await thread.getByLabel(/Add a comment/).fill('Which week does the UN count cover?');
    await thread.getByRole('button', { name: 'Comment' }).click();
    await expect.poll(() => thread.locator('.comment-list li').count()).toBe(1);
    expect(await thread.locator('.comment-list').innerText()).toContain('Chris Checker');
    await thread.getByLabel(/Add a comment/).fill('x'.repeat(2001));
    await thread.getByRole('button', { name: 'Comment' }).click();
    await expect.poll(() => thread.locator('.field-error').innerText()).toContain('At most 2,000 characters');
    expect(await thread.locator('.comment-list li').count()).toBe(1);
    await thread.scrollIntoViewIfNeeded();
    await shot(page, 'claim-comments');
  });

  it('/articles/:id?claim=N scrolls the text and the list to that claim and selects it', async () => {
    const { page, app } = s;
    await switchUser(page, app.url, ADMIN);
    const last = claimIds[claimIds.length - 1];
    await page.goto(`${app.url}/articles/${articleId}?claim=${last}`);
    const mark = page.locator(`#claim-${last}`);
    await expect.poll(() => mark.getAttribute('class')).toContain('selected');
    const inPane = (selector: string, pane: string) =>
      page.locator(selector).evaluate((el, paneSelector) => {
        const r = el.getBoundingClientRect();
        const p = el.closest(paneSelector)!.getBoundingClientRect();
        return r.top >= p.top && r.bottom <= p.bottom && r.height > 0;
      }, pane);
    await expect.poll(() => inPane(`#claim-${last}`, '.article-pane')).toBe(true);
    await expect.poll(() => inPane(`#item-${last}`, '.side-pane')).toBe(true);
    expect(await page.locator(`#item-${last} a`).getAttribute('aria-current')).toBe('true');
    await shot(page, 'claim-param');
  });

  it('adds a claim by hand from selected text, and it survives a reload', async () => {
    const { page, app } = s;
    await page.goto(`${app.url}/articles/${articleId}?highlight=all`);
    await expect.poll(() => page.getByRole('link', { name: /Highlight only/ }).count()).toBe(1);
    const before = await page.locator('.claim-list li').count();
    // Select a stretch of plain text that no claim covers (a text node right inside a paragraph).
    const selected = await page.evaluate(() => {
      for (const p of document.querySelectorAll('.article-text p')) {
        for (const node of p.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim().length < 25) continue;
          const text = node.textContent!;
          const from = text.search(/\S/);
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, from + 20);
          const sel = window.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return text.slice(from, from + 20);
        }
      }
      return null;
    });
    expect(selected).not.toBeNull();
    await page.getByRole('button', { name: 'Add selected text as a claim' }).click();
    await page.waitForURL(/\?claim=\d+$/);
    const id = Number(/claim=(\d+)$/.exec(page.url())![1]);
    await expect.poll(() => page.locator('.claim-list li').count()).toBe(before + 1);
    await page.reload();
    await expect.poll(() => page.locator(`#claim-${id}`).innerText()).toBe(selected!.trim());
    expect(await page.locator(`#item-${id}`).innerText()).toContain(selected!.trim());
    await shot(page, 'claim-by-hand');
  });

  it('does not lose a status key pressed before the page is interactive', async () => {
    const { page, app } = s;
    const id = claimIds[3];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const continued: Promise<void>[] = [];
    await page.route('**/assets/*.js', (route) => {
      continued.push(held.then(() => route.continue()));
    });
    await page.goto(`${app.url}/articles/${articleId}?claim=${id}`, { waitUntil: 'commit' });
    await page.locator(`#claim-${id}`).waitFor();
    // The page has asked for its scripts and they are held back: nothing can hydrate before release().
    await expect.poll(() => continued.length).toBeGreaterThan(0);
    await page.keyboard.press('2');
    release();
    await Promise.all(continued);
    await page.unroute('**/assets/*.js');
    await expect.poll(async () => (await db.selectFrom('claim').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('in_progress');
    await page.reload();
    await expect.poll(() => page.locator(`#claim-${id}`).getAttribute('data-status')).toBe('in_progress');
  });

  it('logged no errors in the browser', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
