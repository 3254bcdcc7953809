import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../app/domain/extraction/clean-page';
import { isFurnitureLine } from '../../app/domain/extraction/clean-furniture';
import { stripDateline } from '../../app/domain/extraction/clean-dateline';

const seed = readFileSync(new URL('../../demo/saraqeb.txt', import.meta.url), 'utf8');

describe('cleanPage on the seed article (text copied from a page)', () => {
  const page = cleanPage(seed, 'text', true);

  it('finds the title and keeps it out of the body', () => {
    expect(page.title).toBe('Opposition fighters retake Saraqeb town from Assad forces');
    expect(page.body).not.toContain('Opposition fighters retake Saraqeb town');
  });

  it('removes the page furniture above and below the article', () => {
    for (const furniture of [
      'Search For Keyword',
      '(Zaman Al Wasl)-',
      'Zaman Al Wasl with Agencies',
      '(81)',
      'Total Comments',
      'Comments About This Article',
      'Please fill the fields below',
      'code confirming note',
    ]) {
      expect(page.body).not.toContain(furniture);
    }
  });

  it('keeps the credit the dateline names', () => {
    expect(page.credit).toBe('Zaman Al Wasl');
  });

  it('keeps every article paragraph, first and last, as paragraphs', () => {
    expect(page.body.startsWith('Turkey-backed Syrian opposition fighters on Thursday retook')).toBe(true);
    expect(page.body.endsWith('in support of the offensive by Syrian regime forces.')).toBe(true);
    expect(page.body).toContain('According to the U.N., 948,000 people have been displaced');
    expect(page.body.split('\n\n')).toHaveLength(36);
  });

  it('keeps the text exactly as given when clean is false', () => {
    expect(cleanPage(seed, 'text', false)).toEqual({ title: null, body: seed, credit: null });
  });
});

describe('cleanPage on other copied pages', () => {
  const copied = [
    'Home',
    'World',
    'Middle East',
    '',
    'Ceasefire collapses in northern Syria as shelling resumes',
    '',
    'By Jane Doe',
    'Published 28 February 2020 14:05',
    '',
    'BEIRUT (Reuters) - Government forces resumed shelling of rebel-held towns on Friday, hours after a ceasefire took effect, a monitoring group said.',
    '',
    'Related: Turkey sends more troops to Idlib',
    '',
    'The Syrian Observatory for Human Rights said at least 12 people were killed.',
    '',
    'Share this article',
    'Follow us on Twitter',
    'Copyright 2020 Example News. All rights reserved.',
  ].join('\n');
  const page = cleanPage(copied, 'text', true);

  it('finds the headline among navigation lines', () => {
    expect(page.title).toBe('Ceasefire collapses in northern Syria as shelling resumes');
  });

  it('strips a place-and-agency dateline and keeps the agency as credit', () => {
    expect(page.credit).toBe('Reuters');
    expect(page.body.startsWith('Government forces resumed shelling')).toBe(true);
  });

  it('drops bylines, dates, related links, share prompts and copyright', () => {
    expect(page.body).toBe(
      'Government forces resumed shelling of rebel-held towns on Friday, hours after a ceasefire took effect, a monitoring group said.\n\n' +
        'The Syrian Observatory for Human Rights said at least 12 people were killed.',
    );
  });

  it('keeps a short closing sentence with punctuation', () => {
    const text = 'Rebels retook the town of Saraqeb on Thursday after days of heavy fighting.\n\nHe denied it.';
    expect(cleanPage(text, 'text', true).body).toContain('He denied it.');
  });
});

describe('cleanPage on HTML', () => {
  const html = `<!doctype html><html><head><title>Rebels retake Saraqeb | Example News</title>
    <meta property="og:site_name" content="Example News">
    <style>p { color: red }</style><script>var tracking = "Comments About This Article";</script></head>
    <body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/search">Search</a></nav>
      <header><h1>Rebels retake Saraqeb</h1></header>
      <article>
        <h1>Rebels retake Saraqeb</h1>
        <p>(AP) — Turkey-backed rebels on Thursday retook the town of Saraqeb, cutting the highway between Damascus and Aleppo, activists said.</p>
        <p>The Syrian Observatory for Human Rights said the fighters entered the town after intense bombardment by Turkish troops.</p>
        <p>More than 300 civilians have been killed since the beginning of December, according to the <a href="/un">U.N.</a></p>
        <p><a href="/story/1">Related: Turkey sends more troops to Idlib</a></p>
        <p>Share this article</p>
        <script>document.write("tracking pixel")</script>
      </article>
      <footer>Copyright 2020 Example News. All rights reserved.</footer>
    </body></html>`;
  const page = cleanPage(html, 'html', true);

  it('finds the title without the site name', () => {
    expect(page.title).toBe('Rebels retake Saraqeb');
  });

  it('returns plain-text paragraphs separated by blank lines', () => {
    expect(page.body).not.toMatch(/<[a-z]/i);
    expect(page.body.split('\n\n')).toEqual([
      'Turkey-backed rebels on Thursday retook the town of Saraqeb, cutting the highway between Damascus and Aleppo, activists said.',
      'The Syrian Observatory for Human Rights said the fighters entered the town after intense bombardment by Turkish troops.',
      'More than 300 civilians have been killed since the beginning of December, according to the U.N.',
    ]);
  });

  it('drops scripts, styles, navigation and footers', () => {
    for (const junk of ['tracking', 'color: red', 'Home', 'Search', 'Copyright', 'Share this', 'Related:']) {
      expect(page.body).not.toContain(junk);
    }
  });

  it('takes the credit from the dateline', () => {
    expect(page.credit).toBe('AP');
  });

  it('falls back to the page text when Readability finds no article', () => {
    const tiny = '<html><body><nav>Menu</nav><div>Rebels retook the town of Saraqeb on Thursday after a week of heavy fighting, activists said.</div></body></html>';
    const result = cleanPage(tiny, 'html', true);
    expect(result.body).toBe('Rebels retook the town of Saraqeb on Thursday after a week of heavy fighting, activists said.');
  });
});

describe('page furniture and datelines', () => {
  it('recognises kinds of furniture, not just the seed strings', () => {
    for (const line of [
      '(12)  (3)',
      'Total Comments (14)',
      'Leave a reply',
      'Share on Facebook',
      'Subscribe to our newsletter for the latest updates',
      'Read more: Idlib talks stall',
      'Tags: Syria, Idlib, Turkey',
      '© 2020 Example Media',
      'Please fill in the required fields',
      'Enter the verification code',
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it('never takes an article sentence for furniture', () => {
    for (const line of [
      'The ministry did not respond to requests for comment.',
      'Shares of the company fell 5% on Monday.',
      'More than 300 civilians have been killed.',
      'He posted a video on Twitter showing the convoy.',
    ]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });

  it('strips datelines in their common shapes', () => {
    expect(stripDateline('WASHINGTON (Reuters) - The U.S. said')).toEqual({ text: 'The U.S. said', credit: 'Reuters' });
    expect(stripDateline('HAYWARD, Calif. (AP) — Police said')).toEqual({ text: 'Police said', credit: 'AP' });
    expect(stripDateline('(Zaman Al Wasl)- Fighters retook')).toEqual({ text: 'Fighters retook', credit: 'Zaman Al Wasl' });
    expect(stripDateline('The U.S. (Reuters) said')).toEqual({ text: 'The U.S. (Reuters) said', credit: null });
  });
});
