import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../app/domain/figures/lexicon';
import { eventClass } from '../../app/domain/figures/classes';
import { figuresOf } from './figures-helpers';

/**
 * The conventions of docs/extraction.md hold the same way in every language
 * the reader knows. Sentences written for these tests.
 */
type Seen = [text: string, low: number | null, high: number | null, qualifier: string];
function seen(language: string, sentence: string): Seen[] {
  return figuresOf(sentence, { lexicon: lexiconFor(language)! }).map((f) => [f.text, f.low, f.high, f.qualifier]);
}

describe('French: a qualifier with the article elided into it, then a scale word', () => {
  it.each([
    ["Plus d'un million de personnes ont quitté la région.", "Plus d'un million de personnes", 1e6, null, 'more_than'],
    ['Le programme a coûté plus d’un milliard d’euros.', 'plus d’un milliard d’euros', 1e9, null, 'more_than'],
    ["Près d'un million d'habitants sont privés d'eau.", "Près d'un million d'habitants", 900000, 1e6, 'nearly'],
    ["Moins d'un million de doses ont été livrées.", "Moins d'un million de doses", null, 1e6, 'fewer_than'],
    ["Pas moins d'un million et demi de personnes vivent sous des tentes.", "Pas moins d'un million et demi de personnes", 1.5e6, null, 'at_least'],
    ["Un peu plus d'un million d'électeurs ont voté.", "Un peu plus d'un million d'électeurs", 1e6, null, 'more_than'],
  ])('%s', (sentence, text, low, high, qualifier) => {
    expect(seen('fr', sentence)).toEqual([[text, low, high, qualifier]]);
  });

  it('still reads the round nouns and the article-led number as before', () => {
    expect(seen('fr', "Plus d'une centaine de blessés ont été soignés.")[0].slice(1)).toEqual([100, null, 'more_than']);
    expect(seen('fr', 'Un million de personnes ont voté.')[0].slice(1)).toEqual([1e6, 1e6, 'exact']);
    expect(seen('fr', 'Des millions de foyers sont touchés.')[0].slice(1)).toEqual([2e6, 9999999, 'vague']);
  });
});

describe('"several" is 3 to 9 of the scale that follows, in every language', () => {
  it.each([
    ['en', 'Several hundred thousand voters stayed home.', 300000, 900000],
    ['es', 'Varios cientos de miles de votantes se quedaron en casa.', 300000, 900000],
    ['es', 'Varias decenas de miles de familias perdieron su cosecha.', 30000, 90000],
    ['es', 'Varios miles de agricultores protestaron.', 3000, 9000],
    ['fr', 'Plusieurs centaines de milliers de foyers sont sans électricité.', 300000, 900000],
    ['fr', 'Plusieurs centaines de soignants ont démissionné.', 300, 900],
    ['fr', 'Plusieurs milliers de manifestants ont défilé.', 3000, 9000],
    ['fr', 'Plusieurs dizaines de bus ont été incendiés.', 30, 90],
    ['fr', 'Plusieurs millions de tonnes de céréales attendent au port.', 3e6, 9e6],
    ['ar', 'عاد عدة مئات الآلاف من اللاجئين إلى ديارهم.', 300000, 900000],
  ])('%s: %s', (language, sentence, low, high) => {
    const [f] = seen(language, sentence);
    expect([f[1], f[2], f[3]]).toEqual([low, high, 'vague']);
  });

  it('multiplies "a few" by every scale after it too', () => {
    expect(seen('en', 'A few hundred thousand tickets were sold.')[0].slice(1, 3)).toEqual([200000, 500000]);
    expect(seen('tr', 'Birkaç yüz bin kişi oy kullanmadı.')[0].slice(1, 3)).toEqual([200000, 500000]);
  });

  it('does not take a smaller scale after a larger one, nor a noun after the linker', () => {
    expect(seen('es', 'Varios cientos de soldados llegaron.')[0]).toEqual(['Varios cientos de soldados', 300, 900, 'vague']);
    expect(seen('en', 'Several thousand, hundreds more later, arrived.')[0].slice(1, 3)).toEqual([3000, 9000]);
  });
});

describe('Arabic نحو is "about": either side of the number', () => {
  it.each([
    ['وصل نحو 800 متطوع إلى المخيم.', 720, 880],
    ['بلغت الخسائر نحو 3 ملايين دولار.', 2.7e6, 3.3e6],
    ['تضرر نحو ٤٠٠ منزل في العاصفة.', 360, 440],
  ])('%s', (sentence, low, high) => {
    const [f] = seen('ar', sentence);
    expect(f[3]).toBe('approx');
    expect(f[1]).toBeCloseTo(low);
    expect(f[2]).toBeCloseTo(high);
  });

  it('keeps قرابة as "nearly"', () => {
    expect(seen('ar', 'وصل قرابة 800 متطوع إلى المخيم.')[0].slice(1)).toEqual([720, 800, 'nearly']);
  });
});

describe('Turkish: leaving one\'s home is a displacement', () => {
  it.each([
    ['Selden sonra 4 bin kişi evlerini terk etti.', 'evlerini terk etti'],
    ['Çatışmalar nedeniyle yaklaşık 20 bin aile köylerini terk etmek zorunda kaldı.', 'köylerini terk etmek zorunda kaldı'],
    ['Deprem bölgesinde 900 kişi evlerinden oldu.', 'evlerinden oldu'],
    ['Yangın yüzünden yüzlerce kişi mahallelerinden kaçtı.', 'mahallelerinden kaçtı'],
  ])('%s', (sentence, event) => {
    const figs = figuresOf(sentence, { lexicon: lexiconFor('tr')! });
    expect(figs).toHaveLength(1);
    expect(figs[0].event).toBe(event);
    expect(eventClass(figs[0].event)).toBe('displaced');
  });

  it('reads an event of several words of other kinds too', () => {
    const [f] = figuresOf('Fırtınada 60 bina hasar gördü.', { lexicon: lexiconFor('tr')! });
    expect(eventClass(f.event)).toBe('damaged');
  });
});

describe('Turkish: "still" between a count and its state', () => {
  it.each([
    ['Madende 9 işçi hâlâ kayıp.', 'missing'],
    ['Yetkililere göre 40 kişi halen kayıp durumda.', 'missing'],
    ['Kazada 12 kişi de yaralandı.', 'wounded'],
  ])('%s', (sentence, cls) => {
    const figs = figuresOf(sentence, { lexicon: lexiconFor('tr')! });
    expect(figs).toHaveLength(1);
    expect(eventClass(figs[0].event)).toBe(cls);
  });
});
