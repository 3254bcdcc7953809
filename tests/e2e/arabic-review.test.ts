import { describe, expect, it } from 'vitest';
import { browserPath } from '../helpers/browser';
import { useSignedInBrowser } from '../helpers/signed-in-browser';
import { shot } from '../helpers/screenshot';

// An Arabic report written for this test: the displaced figure is the seed article's 948,000, in Arabic words.
const ARABIC = `نزوح مئات الآلاف من إدلب

أفادت الأمم المتحدة بنزوح 948 ألف شخص من شمال غرب سوريا منذ الأول من كانون الأول، معظمهم من النساء والأطفال.

وقال المرصد السوري لحقوق الإنسان إن أكثر من 300 مدني قتلوا خلال الفترة نفسها، بينهم 40 طفلا على الأقل.

وأعلن الدفاع المدني أن قرابة 1200 منزل دمرت في ريف إدلب الجنوبي في 12 شباط.`;

describe.skipIf(!browserPath)('an Arabic article in Chromium', () => {
  const s = useSignedInBrowser({ demoArticle: true });
  let measureUrl = '';


  it('makes a measure of the English article’s displaced figure', async () => {
    await s.page.goto(`${s.app.url}/measures`);
    const card = s.page.locator('li.suggestion', { hasText: '948,000 people' });
    await card.getByLabel('Label').fill('People displaced from northwest Syria');
    await card.getByRole('button', { name: 'Accept' }).click();
    await s.page.waitForURL(/\/measures\/\d+$/);
    measureUrl = s.page.url();
  });

  it('imports the Arabic article and shows it right to left with its figures read', async () => {
    await s.page.goto(`${s.app.url}/articles/new`);
    await s.page.locator('textarea[name=text]').fill(ARABIC);
    await s.page.getByRole('button', { name: /import/i }).click();
    await s.page.waitForURL(/\/articles\/\d+(\?.*)?$/);
    const text = s.page.locator('.article-text');
    expect(await text.getAttribute('lang')).toBe('ar');
    const paragraphs = text.locator('p[dir=auto]');
    expect(await paragraphs.count()).toBeGreaterThanOrEqual(3);
    // the browser resolves dir=auto from the text: Arabic paragraphs are right to left
    const startsAtRight = (p: HTMLElement) => {
      const first = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(first, 1);
      const c = range.getBoundingClientRect();
      const box = p.getBoundingClientRect();
      return box.right - c.right < c.left - box.left;
    };
    expect(await paragraphs.nth(1).evaluate(startsAtRight)).toBe(true);
    const figures = await text.locator('.figure').allInnerTexts();
    expect(figures).toEqual(expect.arrayContaining(['948 ألف شخص', 'أكثر من 300 مدني', '40 طفلا على الأقل', 'قرابة 1200 منزل']));
    expect(figures.some((f) => f.includes('12 شباط'))).toBe(false);
    await s.page.locator('.claim-list a', { hasText: '948' }).click();
    await expect.poll(() => s.page.locator('.claim-panel td[dir=auto]').first().innerText()).toBe('948 ألف شخص');
    await shot(s.page, 'review-arabic');
    expect(s.pageErrors).toEqual([]);
  });

  it('offers the Arabic 948,000 as a figure of the English measure’s kind, and attaches it', async () => {
    await s.page.goto(measureUrl);
    const row = s.page.locator('tr.candidate', { hasText: '948 ألف شخص' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: /Attach/ }).click();
    await expect.poll(() => s.page.locator('table.measure-figures tbody tr td:nth-child(2)').allInnerTexts()).toEqual(
      expect.arrayContaining(['948,000 people', '948 ألف شخص']),
    );
    expect(await s.page.locator('.verdict-line .verdict').innerText()).toMatch(/consistent/i);
    await shot(s.page, 'measure-arabic-and-english');
  });
});
