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
