import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../app/domain/extraction/split-sentences';

/** The sentences as text, which is what a reader sees. */
function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('returns trimmed spans that index into the body', () => {
    const body = '  The town fell on Monday.   Rebels retook it on Thursday.  ';
    const spans = splitSentences(body);
    expect(spans).toEqual([
      { start: 2, end: 26 },
      { start: 29, end: 58 },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });

  describe('abbreviations', () => {
    it('keeps titles before names: Mr., Dr., Gen., Sen.', () => {
      expect(split('Mr. Haddad met Dr. Omar and Gen. Salim. Sen. Reed left early.')).toEqual([
        'Mr. Haddad met Dr. Omar and Gen. Salim.',
        'Sen. Reed left early.',
      ]);
    });

    it('keeps multi-period abbreviations inside a sentence: U.N., U.S.', () => {
      expect(split('The U.N. envoy met U.S. officials in Geneva. Talks resume soon.')).toEqual([
        'The U.N. envoy met U.S. officials in Geneva.',
        'Talks resume soon.',
      ]);
    });

    it('ends a sentence on an abbreviation when a sentence opener follows', () => {
      expect(split('Aid is stuck at the border with the U.S. They blame the rain.')).toEqual([
        'Aid is stuck at the border with the U.S.',
        'They blame the rain.',
      ]);
      expect(split('He sold it to Acme Inc. The deal closed Friday.')).toEqual([
        'He sold it to Acme Inc.',
        'The deal closed Friday.',
      ]);
    });

    it('keeps "No." and months before a number, and ends on them otherwise', () => {
      expect(split('Resolution No. 7 passed on Feb. 5 in a close vote.')).toEqual([
        'Resolution No. 7 passed on Feb. 5 in a close vote.',
      ]);
      expect(split('Did he agree? No. The vote failed.')).toEqual(['Did he agree?', 'No.', 'The vote failed.']);
    });

    it('treats a.m. and p.m. as sentence-final before a new sentence only', () => {
      expect(split('At 6 a.m. Mr. Ali crossed the border. The shelling stopped at 9 p.m. Nobody was hurt.')).toEqual([
        'At 6 a.m. Mr. Ali crossed the border.',
        'The shelling stopped at 9 p.m.',
        'Nobody was hurt.',
      ]);
    });

    it('keeps e.g. and i.e. inside the sentence', () => {
      expect(split('Some towns, e.g. Saraqeb, changed hands twice, i.e. Monday and Thursday.')).toHaveLength(1);
    });
  });

  it('keeps initials with their name', () => {
    expect(split('J. R. R. Tolkien wrote it. His friend C. S. Lewis read it.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'His friend C. S. Lewis read it.',
    ]);
  });

  it('does not split decimals, versions or dates written with dots', () => {
    expect(split('Prices rose 2.5 percent to $1,200.50 on 11.18.2014. Traders sold.')).toEqual([
      'Prices rose 2.5 percent to $1,200.50 on 11.18.2014.',
      'Traders sold.',
    ]);
  });

  it('ends a sentence after a number', () => {
    expect(split('The toll rose to 600. Officials expect more.')).toEqual(['The toll rose to 600.', 'Officials expect more.']);
  });

  describe('ellipses', () => {
    it('ends before a capitalised word and continues before a lower-case one', () => {
      expect(split('He waited... and waited. Then... Nothing happened.')).toEqual([
        'He waited... and waited.',
        'Then...',
        'Nothing happened.',
      ]);
    });

    it('keeps an elision in brackets', () => {
      expect(split('"The army [...] withdrew," he said.')).toHaveLength(1);
    });
  });

  describe('quotes', () => {
    it('ends after a closing straight or curly quote before a new sentence', () => {
      expect(split('He said the forces "ran away." Nobody believed him.')).toEqual([
        'He said the forces "ran away."',
        'Nobody believed him.',
      ]);
      expect(split('He said the forces “ran away like rats.” Nobody believed him.')).toEqual([
        'He said the forces “ran away like rats.”',
        'Nobody believed him.',
      ]);
      expect(split("She wrote 'It is over.' Then she left.")).toEqual(["She wrote 'It is over.'", 'Then she left.']);
    });

    it('continues after a quote when a lower-case word follows', () => {
      expect(split('"We will win." he said.')).toEqual(['"We will win." he said.']);
    });

    it('keeps exclamations inside a quotation with the sentence', () => {
      expect(split('The crowd shouted "Free Idlib! Free Syria!" and marched on.')).toHaveLength(1);
    });
  });

  it('keeps a parenthetical sentence inside the sentence around it', () => {
    expect(split('The monitor (it is based in Britain.) counted the dead. Others did too.')).toEqual([
      'The monitor (it is based in Britain.) counted the dead.',
      'Others did too.',
    ]);
  });

  describe('lists and lines', () => {
    it('splits numbered and lettered list items, on one line or several', () => {
      expect(split('1) Ceasefire now 2) Open the border 3) Free prisoners')).toEqual([
        '1) Ceasefire now',
        '2) Open the border',
        '3) Free prisoners',
      ]);
      expect(split('Demands:\n- a ceasefire\n- aid corridors\n- talks')).toEqual([
        'Demands:',
        '- a ceasefire',
        '- aid corridors',
        '- talks',
      ]);
      expect(split('1. Stop the shelling.\n2. Let aid in.')).toEqual(['1. Stop the shelling.', '2. Let aid in.']);
    });

    it('ends a sentence at a heading line without punctuation', () => {
      expect(split('Election Results\nThe ruling party lost its majority.')).toEqual([
        'Election Results',
        'The ruling party lost its majority.',
      ]);
    });

    it('joins a line broken in the middle of a sentence', () => {
      expect(split('The convoy was hit near the\nvillage of Bara on Wednesday.')).toEqual([
        'The convoy was hit near the\nvillage of Bara on Wednesday.',
      ]);
    });

    it('always ends a sentence at a blank line', () => {
      expect(split('Saraqeb retaken\n\nRebels retook the town')).toEqual(['Saraqeb retaken', 'Rebels retook the town']);
    });
  });

  it('ends a sentence at ? before a lower-case word in informal text', () => {
    expect(split('are you coming? we leave at noon.')).toEqual(['are you coming?', 'we leave at noon.']);
  });

  it('keeps "Yahoo!" and "Wow!" followed by lower case inside the sentence', () => {
    expect(split('She works at Yahoo! in the news team.')).toHaveLength(1);
  });

  it('splits sentences glued together without a space', () => {
    expect(split('Hello world.Today is Tuesday.')).toEqual(['Hello world.', 'Today is Tuesday.']);
    expect(split('Visit www.example.Org today.')).toHaveLength(1);
  });

  it('copes with pathological input (a quadratic scan would hit the test timeout)', () => {
    const nasty = '('.repeat(50_000) + '"'.repeat(50_000) + '. '.repeat(50_000) + 'a.'.repeat(50_000);
    const spans = splitSentences(nasty);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(nasty.slice(s.start, s.end)).toBe(nasty.slice(s.start, s.end).trim());
  });
});

/**
 * One sentence pair of our own for each kind of the English "golden rules"
 * of sentence boundaries (abbreviations, numbers, quotes, lists, ellipses,
 * PDF line breaks, glued sentences), plus amounts after abbreviations.
 */
const KINDS: [string, string[]][] = [
  ['Good morning all. The bus leaves at noon.', ['Good morning all.', 'The bus leaves at noon.']],
  ['Where is the key? It is under the mat.', ['Where is the key?', 'It is under the mat.']],
  ['Look out! The roof is falling.', ['Look out!', 'The roof is falling.']],
  ['The report was written by Anna K. Berg last spring.', ['The report was written by Anna K. Berg last spring.']],
  ['The table is on p. 42 of the annex.', ['The table is on p. 42 of the annex.']],
  ['Did Tom and co. come to the dinner?', ['Did Tom and co. come to the dinner?']],
  ['The firm merged with Hale, Dunn & Co. at the end of May.', ['The firm merged with Hale, Dunn & Co. at the end of May.']],
  ["Let's call Maria and co. They will know the way.", ["Let's call Maria and co.", 'They will know the way.']],
  ['The firm merged with Hale, Dunn & Co. It happened in May.', ['The firm merged with Hale, Dunn & Co.', 'It happened in May.']],
  ['We could see Mt. Kenya from the plane.', ['We could see Mt. Kenya from the plane.']],
  ["St. Anne's school is on Elm st. by the park.", ["St. Anne's school is on Elm st. by the park."]],
  ["This is Tom Jr.'s bike.", ["This is Tom Jr.'s bike."]],
  ['She studied in the U.K. two years ago.', ['She studied in the U.K. two years ago.']],
  ['He works for the E.U. Where do you work?', ['He works for the E.U.', 'Where do you work?']],
  ['We moved to the U.S. What about your family?', ['We moved to the U.S.', 'What about your family?']],
  ['She is an adviser to the U.S. Senate in Washington.', ['She is an adviser to the U.S. Senate in Washington.']],
  ['They have stayed in the U.S. for ten years.', ['They have stayed in the U.S. for ten years.']],
  ['At 7 a.m. Mrs. Lee opened the shop. She closed it at 8 P.M. Mrs. Lee then walked home.', ['At 7 a.m. Mrs. Lee opened the shop.', 'She closed it at 8 P.M.', 'Mrs. Lee then walked home.']],
  ['He paid $45.50 for the lamp.', ['He paid $45.50 for the lamp.']],
  ['He paid $45.50. The lamp was cheap.', ['He paid $45.50.', 'The lamp was cheap.']],
  ['She studies law (She used to work as a nurse for 3 years.) at the city college.', ['She studies law (She used to work as a nurse for 3 years.) at the city college.']],
  ['My address is sam.lee@mail.example.org. Write to me.', ['My address is sam.lee@mail.example.org.', 'Write to me.']],
  // A capital after a dot inside an address is not a glued sentence ("end.Next").
  ['Send it to Noor.Haddad@desk.example.com. She files tonight.', ['Send it to Noor.Haddad@desk.example.com.', 'She files tonight.']],
  ['The guide is at Docs.Example.org/Guide today.', ['The guide is at Docs.Example.org/Guide today.']],
  ['The page is: http://www.shop.example.com/items/red_shoes.html. Take a look.', ['The page is: http://www.shop.example.com/items/red_shoes.html.', 'Take a look.']],
  ["He looked at her, 'That is fine.' he said.", ["He looked at her, 'That is fine.' he said."]],
  ['He looked at her, "That is fine." he said.', ['He looked at her, "That is fine." he said.']],
  ['He looked at her, "That is fine." He put the cup down.', ['He looked at her, "That is fine."', 'He put the cup down.']],
  ['Wow!! What a goal.', ['Wow!!', 'What a goal.']],
  ['Really?? Who said that?', ['Really??', 'Who said that?']],
  ['Hey!? Are you there?', ['Hey!?', 'Are you there?']],
  ['Hey?! Are you there?', ['Hey?!', 'Are you there?']],
  ['1.) Buy milk 2.) Call the bank', ['1.) Buy milk', '2.) Call the bank']],
  ['1.) Buy milk. 2.) Call the bank.', ['1.) Buy milk.', '2.) Call the bank.']],
  ['1) Buy milk 2) Call the bank', ['1) Buy milk', '2) Call the bank']],
  ['1) Buy milk. 2) Call the bank.', ['1) Buy milk.', '2) Call the bank.']],
  ['1. Buy milk 2. Call the bank', ['1. Buy milk', '2. Call the bank']],
  ['1. Buy milk. 2. Call the bank.', ['1. Buy milk.', '2. Call the bank.']],
  ['• 4. Buy milk • 5. Call the bank', ['• 4. Buy milk', '• 5. Call the bank']],
  ['⁃4. Buy milk ⁃5. Call the bank', ['⁃4. Buy milk', '⁃5. Call the bank']],
  ['a. Buy milk b. Call the bank c. Pay the rent', ['a. Buy milk', 'b. Call the bank', 'c. Pay the rent']],
  ['The scan broke this line\nin two because of the layout.', ['The scan broke this line\nin two because of the layout.']],
  ['It was a long \nday at the office.', ['It was a long \nday at the office.']],
  ['prices\nopening hours\nparking, access\n', ['prices', 'opening hours', 'parking, access']],
  ['The buoy sits at N°. 4417.332.118. That is where we dive.', ['The buoy sits at N°. 4417.332.118.', 'That is where we dive.']],
  ['He trained at Yahoo! in the sales team.', ['He trained at Yahoo! in the sales team.']],
  ['It was the two of us, she and I. Have you met Peter I. Novak?', ['It was the two of us, she and I.', 'Have you met Peter I. Novak?']],
  ['The author says that by slowing down, “the days will feel longer. . . .”', ['The author says that by slowing down, “the days will feel longer. . . .”']],
  ['"Darwin [...] saw the tree of life as branching [...]" (Lee 12).', ['"Darwin [...] saw the tree of life as branching [...]" (Lee 12).']],
  ['When the last words of a sentence are cut, show it with an ellipsis and then a period . . . . The next one starts here.', ['When the last words of a sentence are cut, show it with an ellipsis and then a period . . . .', 'The next one starts here.']],
  ['I never said that.... He walked out.', ['I never said that....', 'He walked out.']],
  ["I wasn't sure ... well, you know...look . . . what I mean is . . . I was wrong.", ["I wasn't sure ... well, you know...look . . . what I mean is . . . I was wrong."]],
  ['A habit that faded over time . . . was the use of odd words, e.g., ... . . . .', ['A habit that faded over time . . . was the use of odd words, e.g., ... . . . .']],
  ['Good morning.Today is Friday.Ms. Park bought 2,000.That is plenty.', ['Good morning.', 'Today is Friday.', 'Ms. Park bought 2,000.', 'That is plenty.']],
  ['The price was approx. 40 dollars. Rs. 500 is the fee.', ['The price was approx. 40 dollars.', 'Rs. 500 is the fee.']],
];

describe('splitSentences on every kind of boundary', () => {
  it.each(KINDS)('%j', (text, want) => {
    expect(split(text).map((s) => s.replace(/\s+/g, ' '))).toEqual(want.map((s) => s.replace(/\s+/g, ' ')));
  });

  it('ends a sentence on an abbreviation before a capitalised subject, not before a name', () => {
    expect(split('The talks were held in the U.S. Officials said they went well.')).toEqual([
      'The talks were held in the U.S.',
      'Officials said they went well.',
    ]);
    expect(split('The plant is run by Acme Corp. Residents say it leaks.')).toEqual([
      'The plant is run by Acme Corp.',
      'Residents say it leaks.',
    ]);
    expect(split('Storms hit the U.K. Farmers say the harvest is lost, and farmers elsewhere agree.')).toHaveLength(2);
    expect(split('The U.S. Army said two bases were hit.')).toHaveLength(1);
    expect(split('A U.N. Security Council vote is due.')).toHaveLength(1);
  });

  it('gives greetings and sign-offs in letters their own sentence', () => {
    expect(split('Dear Ms Ortiz, Thank you for the figures. Best regards, Nadia Kerr')).toEqual([
      'Dear Ms Ortiz,',
      'Thank you for the figures.',
      'Best regards,',
      'Nadia Kerr',
    ]);
    expect(split('Hi team: Please send the totals by noon.')).toEqual(['Hi team:', 'Please send the totals by noon.']);
    expect(split('Omar,\nI checked the totals again.\n\nThanks, Lea')).toEqual([
      'Omar,',
      'I checked the totals again.',
      'Thanks,',
      'Lea',
    ]);
    // A greeting with the name it addresses is one sentence.
    expect(split('Good evening, Karim. The vote count starts at nine.')).toEqual(['Good evening, Karim.', 'The vote count starts at nine.']);
    expect(split('Hello, Dr. Wanjiru Otieno! Your figures arrived.')).toEqual(['Hello, Dr. Wanjiru Otieno!', 'Your figures arrived.']);
    expect(split('Separately, I spoke to the mayor.')).toEqual(['Separately, I spoke to the mayor.']);
    expect(split('In Paris, Police arrested 12 people.')).toEqual(['In Paris, Police arrested 12 people.']);
  });

  it('splits a full stop glued to an opening quote', () => {
    expect(split('The court adjourned on Friday."We will appeal," the lawyer said.')).toEqual([
      'The court adjourned on Friday.',
      '"We will appeal," the lawyer said.',
    ]);
    expect(split('Prices rose again in May.“It cannot go on,” one trader said.')).toEqual([
      'Prices rose again in May.',
      '“It cannot go on,” one trader said.',
    ]);
  });
});

/** Abbreviations, headings, credits, quotes and lists as news and web pages write them (our own sentences). */
const NEWS_AND_WEB: [string, string[]][] = [
  ['The meeting is at 3 p.m. on Friday. Bring the report.', ['The meeting is at 3 p.m. on Friday.', 'Bring the report.']],
  ['Call me at ext. 4411. I will be in all day.', ['Call me at ext. 4411.', 'I will be in all day.']],
  ['He lives on Elm St. in Dover. His sister lives nearby.', ['He lives on Elm St. in Dover.', 'His sister lives nearby.']],
  ['She holds a Ph.D. in physics. She teaches at Leeds.', ['She holds a Ph.D. in physics.', 'She teaches at Leeds.']],
  ['Revenue rose 12 pct. from a year earlier. Costs fell.', ['Revenue rose 12 pct. from a year earlier.', 'Costs fell.']],
  ['Image: Reuters\nThe minister resigned on Friday.', ['Image: Reuters', 'The minister resigned on Friday.']],
  ['Photo by Ana Ruiz\nThe minister resigned on Friday.', ['Photo by Ana Ruiz', 'The minister resigned on Friday.']],
  ['WHAT WE KNOW\nThe fire started at dawn.', ['WHAT WE KNOW', 'The fire started at dawn.']],
  ['Related links\nhttp://a.example/one\nhttp://a.example/two', ['Related links', 'http://a.example/one', 'http://a.example/two']],
  ['The vote was 5-4. Judge Ray wrote the opinion.', ['The vote was 5-4.', 'Judge Ray wrote the opinion.']],
  ['“Are you sure?” she asked. “Yes,” he said.', ['“Are you sure?” she asked.', '“Yes,” he said.']],
  ['He shouted “Stop!” and ran. Nobody followed.', ['He shouted “Stop!” and ran.', 'Nobody followed.']],
  ['The items are: • bread • milk • eggs', ['The items are:', '• bread', '• milk', '• eggs']],
  ['Steps: 1. Open the box. 2. Remove the tray. 3. Plug it in.', ['Steps: 1. Open the box.', '2. Remove the tray.', '3. Plug it in.']],
  ['The cost is approx. 300 euros per person.', ['The cost is approx. 300 euros per person.']],
  ['It weighs 3 lbs. The box is small.', ['It weighs 3 lbs.', 'The box is small.']],
  ['He said . . . nothing at all.', ['He said . . . nothing at all.']],
  ['Jump to: navigation, search\nThe storm hit at noon.', ['Jump to: navigation, search', 'The storm hit at noon.']],
  ['Mr. and Mrs. Khan arrived late. They apologised.', ['Mr. and Mrs. Khan arrived late.', 'They apologised.']],
  ['The deal (worth $2 bn.) closed. Shares rose.', ['The deal (worth $2 bn.) closed.', 'Shares rose.']],
  ['Sent from my phone\n\nOn Monday, Ana wrote:\n> See you there', ['Sent from my phone', 'On Monday, Ana wrote:', '> See you there']],
  ['I met him in Jan. He was well.', ['I met him in Jan.', 'He was well.']],
  ['The company, Bolt Inc., said profits rose.', ['The company, Bolt Inc., said profits rose.']],
  ['See Fig. 3 for details. The curve is flat.', ['See Fig. 3 for details.', 'The curve is flat.']],
  ['"Run!" he yelled. "Now!"', ['"Run!" he yelled.', '"Now!"']],
  ['Is it safe? "No," she said.', ['Is it safe?', '"No," she said.']],
  ['Visit www.example.org. Tickets are free.', ['Visit www.example.org.', 'Tickets are free.']],
  ['The U.S.-led coalition struck twice. No one was hurt.', ['The U.S.-led coalition struck twice.', 'No one was hurt.']],
  ['He scored 2 goals vs. Leeds. It was his best game.', ['He scored 2 goals vs. Leeds.', 'It was his best game.']],
];

describe('splitSentences on news and web text', () => {
  it.each(NEWS_AND_WEB)('%j', (text, want) => {
    expect(split(text)).toEqual(want);
  });
});
