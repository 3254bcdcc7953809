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
    expect(page.dateline).toMatch(/^\S.*\(Reuters\)$/);
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
        <p>A local monitoring group said the fighters entered the town after two days of shelling from the hills.</p>
        <p>More than 120 civilians have died since the start of the year, according to the <a href="/un">U.N.</a></p>
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
      'A local monitoring group said the fighters entered the town after two days of shelling from the hills.',
      'More than 120 civilians have died since the start of the year, according to the U.N.',
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
    expect(stripDateline('WASHINGTON (Reuters) - The U.S. said')).toMatchObject({ text: 'The U.S. said', credit: 'Reuters' });
    // The dateline itself is kept, as written, without its dash: where and when the story was filed.
    expect(stripDateline('MOMBASA, Kenya, June 2 (Reuters) - Floods cut the road')).toEqual({
      text: 'Floods cut the road', credit: 'Reuters', dateline: 'MOMBASA, Kenya, June 2 (Reuters)',
    });
    expect(stripDateline('GAZA CITY — Strikes hit the camp')).toEqual({ text: 'Strikes hit the camp', credit: null, dateline: 'GAZA CITY' });
    expect(stripDateline('LIMA, 4 nov (Andina).- Las lluvias')).toMatchObject({ dateline: 'LIMA, 4 nov (Andina)' });
    expect(stripDateline('Floods cut the road.')).toEqual({ text: 'Floods cut the road.', credit: null, dateline: null });
    expect(stripDateline('(Harbour Times)- Floods cut the road')).toEqual({ text: 'Floods cut the road', credit: 'Harbour Times', dateline: null });
    expect(stripDateline('HAYWARD, Calif. (AP) — Police said')).toMatchObject({ text: 'Police said', credit: 'AP' });
    expect(stripDateline('(Zaman Al Wasl)- Fighters retook')).toMatchObject({ text: 'Fighters retook', credit: 'Zaman Al Wasl' });
    expect(stripDateline('The U.S. (Reuters) said')).toMatchObject({ text: 'The U.S. (Reuters) said', credit: null });
  });

  it('strips datelines whose country has two or three words', () => {
    expect(stripDateline('SAN JOSE, Costa Rica (AFP) — Heavy rain')).toMatchObject({ text: 'Heavy rain', credit: 'AFP' });
    expect(stripDateline('RIYADH, Saudi Arabia (AP) - The kingdom')).toMatchObject({ text: 'The kingdom', credit: 'AP' });
    expect(stripDateline('PORT MORESBY, Papua New Guinea (Reuters) - A quake')).toMatchObject({ text: 'A quake', credit: 'Reuters' });
    expect(stripDateline('Lagos, Nigeria (CNN) — Fuel prices')).toMatchObject({ text: 'Fuel prices', credit: 'CNN' });
    expect(stripDateline('KHARTOUM, South Sudan — Fighting resumed')).toMatchObject({ text: 'Fighting resumed', credit: null });
  });

  it('strips datelines in upper case of any alphabet, with the day first, "(Agency).-" or a lone hyphen', () => {
    expect(stripDateline('İZMİR - Orman yangını ikinci gününde')).toMatchObject({ text: 'Orman yangını ikinci gününde', credit: null });
    expect(stripDateline('BOGOTÁ (EFE).- El Gobierno anunció')).toMatchObject({ text: 'El Gobierno anunció', credit: 'EFE' });
    expect(stripDateline('LIMA, 4 nov (Andina).- Las lluvias')).toMatchObject({ text: 'Las lluvias', credit: 'Andina' });
    expect(stripDateline('QUITO, 12 de abril (Agencia) - La policía detuvo')).toMatchObject({ text: 'La policía detuvo', credit: 'Agencia' });
    expect(stripDateline('SANTIAGO, 3 de mayo (EFE).- El Gobierno')).toMatchObject({ text: 'El Gobierno', credit: 'EFE' });
    expect(stripDateline('SÃO PAULO — A prefeitura informou')).toMatchObject({ text: 'A prefeitura informou', credit: null });
    expect(stripDateline('GENÈVE, 12 mars (ATS) - Le Conseil')).toMatchObject({ text: 'Le Conseil', credit: 'ATS' });
    expect(stripDateline('NAIROBI - Heavy rains')).toMatchObject({ text: 'Heavy rains', credit: null });
    // A short capitalised word and a hyphen open sentences too: left alone.
    expect(stripDateline('UN - and other - agencies said')).toMatchObject({ text: 'UN - and other - agencies said', credit: null });
    expect(stripDateline('NATO - the alliance - said')).toMatchObject({ text: 'NATO - the alliance - said', credit: null });
  });

  it('strips datelines that give a country and then a date', () => {
    expect(stripDateline('KYIV, Ukraine, March 3 (Reuters) - Power returned')).toMatchObject({ text: 'Power returned', credit: 'Reuters' });
    expect(stripDateline('TRIPOLI, Libya, Sept. 14 (Gulf Wire) -- Rescuers said')).toMatchObject({ text: 'Rescuers said', credit: 'Gulf Wire' });
    expect(stripDateline('QUITO, Ecuador, Jan. 2 (UPI) — The quake')).toMatchObject({ text: 'The quake', credit: 'UPI' });
    // A sentence that happens to start with places and a bracket is left alone.
    expect(stripDateline('Paris, Lyon, Nice (and Lille) said')).toMatchObject({ text: 'Paris, Lyon, Nice (and Lille) said', credit: null });
  });
});

describe('hard-wrapped text (wire copy, e-mail, PDF)', () => {
  const wrapped = [
    'LIMA, June 9 (Reuters) - Floodwater swept through three villages',
    'in the southern highlands overnight, killing at least nine',
    'people, the regional governor said, while aid groups said close',
    'to 4,000 families had lost their homes.',
    'The army sent two helicopters to the area. Roads into the',
    'valley remained cut on Wednesday, and rain was forecast to',
    'continue until the weekend.',
    '(Reporting by Ana Soto; Editing by Mark Hill)',
  ].join('\n');

  it('joins wrapped lines into sentences and keeps the whole body', () => {
    const page = cleanPage(wrapped, 'text', true);
    expect(page.title).toBeNull();
    expect(page.credit).toBe('Reuters');
    expect(page.body).toBe(
      'Floodwater swept through three villages in the southern highlands overnight, killing at least nine people, the regional governor said, while aid groups said close to 4,000 families had lost their homes.\n' +
        'The army sent two helicopters to the area. Roads into the valley remained cut on Wednesday, and rain was forecast to continue until the weekend.',
    );
  });

  it('keeps the breaks of short lines, list items and sign-offs in a wrapped e-mail', () => {
    const mail = [
      'Dear colleagues,',
      '',
      'The board met on Monday and agreed the budget for next year. It',
      'sets aside 2 million euros for the new clinic and keeps the',
      'grants to the three partner schools at last year\'s level:',
      '- clinic: 2 million euros',
      '- schools: 450,000 euros',
      'The minutes will follow by the end of the week, once the chair',
      'has signed them off.',
      '',
      'Best regards',
      'Nadia Kerr',
    ].join('\n');
    const body = cleanPage(mail, 'text', true).body;
    expect(body).toContain('agreed the budget for next year. It sets aside 2 million euros for the new clinic and keeps the grants');
    expect(body).toContain("last year's level:\n- clinic: 2 million euros\n- schools: 450,000 euros\nThe minutes");
    expect(body).toContain('once the chair has signed them off.');
  });

  it('unwraps a short e-mail whose paragraphs are two or three lines, with long list items between them', () => {
    const mail = [
      'Subject: Re: Storm damage - figures for the board',
      '',
      'Hello all,',
      '',
      'Here is the count from the county office as it stood on Friday',
      'evening, before the second band of rain arrived.',
      '',
      '* 2,300 homes without power in the northern districts',
      '* 14 bridges closed to traffic until engineers inspect them',
      '',
      'The county said two people had died when a tree fell on their car',
      'and that eleven others were taken to hospital with minor injuries.',
      '',
      'Insurers estimate the bill at about 40 million pounds, though the',
      'chamber of commerce put it closer to 60 million.',
      '',
      'Thanks,',
      'Owen',
    ].join('\n');
    const page = cleanPage(mail, 'text', true);
    expect(page.title).toBe('Storm damage - figures for the board');
    expect(page.body).toContain('as it stood on Friday evening, before the second band of rain arrived.');
    expect(page.body).toContain('* 2,300 homes without power in the northern districts\n* 14 bridges closed');
    expect(page.body).toContain('died when a tree fell on their car and that eleven others were taken to hospital');
    expect(page.body).toContain('about 40 million pounds, though the chamber of commerce put it closer to 60 million.');
    expect(page.body).not.toMatch(/Hello all|Thanks|Owen/);
  });

  it('unwraps text copied from a PDF whose paragraphs are two lines long', () => {
    const pdf = [
      'Table 3 shows that enrolment fell by 12 per cent in the districts',
      'hit hardest, against 3 per cent in the rest of the province.',
      '',
      'The ministry attributes the gap to the 340 classrooms that were',
      'still closed for repairs when the school year began in September.',
    ].join('\n');
    const body = cleanPage(pdf, 'text', true).body;
    expect(body).toContain('in the districts hit hardest, against 3 per cent');
    expect(body).toContain('340 classrooms that were still closed for repairs');
  });

  it('rejoins a word hyphenated at the wrap', () => {
    const pdf = [
      'The report counts more than 1,200 schools damaged by the inter-',
      'national conflict since 2019, most of them in the eastern dis-',
      'tricts, and warns that repairs will take at least five years.',
    ].join('\n');
    expect(cleanPage(pdf, 'text', true).body).toContain('by the inter-national conflict');
  });

  it('leaves text with one paragraph per line alone', () => {
    const lines = [
      'Floodwater swept through three villages in the southern highlands overnight, killing at least nine people, the regional governor said.',
      'The army sent two helicopters to the area on Tuesday morning',
      'Roads into the valley remained cut on Wednesday, and rain was forecast to continue until the weekend, officials said.',
    ].join('\n');
    expect(cleanPage(lines, 'text', false).body).toBe(lines);
    expect(cleanPage(lines, 'text', true).body.split('\n')).toHaveLength(3);
  });
});

describe('captions and standfirsts', () => {
  it('drops photo and video captions with their credit from an HTML article', () => {
    const html = `<html><head><title>Dam bursts after week of rain - The Valley Post</title></head><body>
      <article><h1>Dam bursts after week of rain</h1>
      <p>A dam on the upper river burst on Sunday, flooding four towns and forcing about 6,000 people from their homes, the civil protection agency said.</p>
      <figure><img src="a.jpg"><figcaption>Residents wade through a flooded street after the dam burst, leaving 3,000 homeless. (AP Photo/Luis Mora)</figcaption></figure>
      <div class="media"><span class="photo-credit">Reuters</span></div>
      <p>Engineers had warned for years that the dam needed repairs, and the regional government said it would open an inquiry into the collapse.</p>
      <p>Rescue teams pulled 14 people from the water on Sunday night, and two people are still missing, the agency added.</p>
      </article></body></html>`;
    const page = cleanPage(html, 'html', true);
    expect(page.title).toBe('Dam bursts after week of rain');
    expect(page.body).not.toContain('Residents wade');
    expect(page.body).not.toContain('AP Photo');
    expect(page.body).not.toMatch(/^Reuters$/m);
    expect(page.body).toContain('about 6,000 people');
    expect(page.body).toContain('two people are still missing');
  });

  it('drops caption lines in copied text: a short block ending in a credit, a lone credit, "Photo: …"', () => {
    const text = [
      'Dam bursts after week of rain',
      '',
      'A dam on the upper river burst on Sunday, flooding four towns and forcing about 6,000 people from their homes, the civil protection agency said.',
      '',
      'Residents wade through a flooded street after the dam burst. (Reuters)',
      '',
      'Photo: Rescue boats on the main square',
      '',
      'Engineers had warned for years that the dam needed repairs, and the regional government said it would open an inquiry.',
      '',
      '(Getty Images)',
    ].join('\n');
    const body = cleanPage(text, 'text', true).body;
    expect(body).not.toContain('Residents wade');
    expect(body).not.toContain('Rescue boats');
    expect(body).not.toContain('Getty');
    expect(body.split('\n\n')).toHaveLength(2);
  });

  it('keeps the standfirst under the headline, with its figure', () => {
    const text = [
      'World',
      '',
      'Dam bursts after week of rain',
      '',
      'About 6,000 people forced from their homes as water floods four towns in the valley',
      '',
      'By Sara Lind',
      '',
      'A dam on the upper river burst on Sunday, flooding four towns, the civil protection agency said.',
    ].join('\n');
    const page = cleanPage(text, 'text', true);
    expect(page.title).toBe('Dam bursts after week of rain');
    expect(page.body.split('\n\n')[0]).toBe('About 6,000 people forced from their homes as water floods four towns in the valley');
    expect(page.body).not.toContain('Sara Lind');
  });

  it('keeps the standfirst of an HTML article', () => {
    const html = `<html><body><article><h1>Dam bursts after week of rain</h1>
      <p class="standfirst">About 6,000 people forced from their homes as water floods four towns in the valley</p>
      <p>A dam on the upper river burst on Sunday, flooding four towns and forcing thousands from their homes, the civil protection agency said.</p>
      <p>Engineers had warned for years that the dam needed repairs, and the regional government said it would open an inquiry into the collapse.</p>
      </article></body></html>`;
    const page = cleanPage(html, 'html', true);
    expect(page.body.startsWith('About 6,000 people forced from their homes')).toBe(true);
  });
});
