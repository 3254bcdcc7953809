import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-helpers';
import { lexiconFor } from '../../app/domain/figures/lexicon';

// Sentences written for these tests. One word class gives one interval in
// every language (docs/extraction.md): a vague word before a scale word is
// multiplied by it ("a few" = 2–5, "several" = 3–9), "about" is 0.9–1.1 × N.
type Row = [low: number | null, high: number | null, qualifier: string, unit: string, currency: string | null];
const rows = (language: string, text: string): Row[] =>
  figuresOf(text, { lexicon: lexiconFor(language)! }).map((f) => [f.low, f.high, f.qualifier, f.unit, f.currency]);

const sameInterval = (cases: [string, string][], want: Row) => {
  for (const [language, text] of cases) expect(rows(language, text), `${language}: ${text}`).toEqual([want]);
};

describe('vague words before a scale word, the same in every language', () => {
  it('"a few" × thousand', () => {
    sameInterval([
      ['en', 'A few thousand fans waited outside the stadium.'],
      ['fr', 'Quelques milliers de supporters attendaient devant le stade.'],
      ['es', 'Unos pocos miles de aficionados esperaban ante el estadio.'],
      ['es', 'Algunos miles de aficionados esperaban ante el estadio.'],
      ['es', 'Unos cuantos miles de aficionados esperaban ante el estadio.'],
      ['ar', 'انتظر بضعة آلاف من المشجعين أمام الملعب.'],
      ['tr', 'Birkaç bin taraftar stadın önünde bekledi.'],
    ], [2000, 5000, 'vague', 'count', null]);
  });

  it('"a few" × hundred, and × ten thousand', () => {
    sameInterval([
      ['en', 'A few hundred volunteers cleaned the beach.'],
      ['fr', 'Quelques centaines de bénévoles ont nettoyé la plage.'],
      ['es', 'Algunos cientos de voluntarios limpiaron la playa.'],
    ], [200, 500, 'vague', 'count', null]);
    sameInterval([
      ['fr', 'Quelques dizaines de milliers de spectateurs ont suivi le défilé.'],
      ['es', 'Unas pocas decenas de miles de espectadores siguieron el desfile.'],
    ], [20000, 50000, 'vague', 'count', null]);
  });

  it('"several" × hundred and × hundred thousand', () => {
    sameInterval([
      ['en', 'Several hundred families lost their homes.'],
      ['fr', 'Plusieurs centaines de familles ont perdu leur logement.'],
      ['es', 'Varios cientos de familias perdieron su casa.'],
      ['ar', 'فقدت عدة مئات من العائلات منازلها.'],
    ], [300, 900, 'vague', 'count', null]);
    sameInterval([
      ['en', 'Several hundred thousand voters stayed home.'],
      ['fr', "Plusieurs centaines de milliers d'électeurs sont restés chez eux."],
      ['es', 'Varios cientos de miles de votantes se quedaron en casa.'],
    ], [300000, 900000, 'vague', 'count', null]);
  });

  it('a vague number of millions of a currency is money', () => {
    sameInterval([
      ['en', 'The club spent several million euros on the pitch.'],
      ['fr', "Le club a dépensé plusieurs millions d'euros pour la pelouse."],
      ['es', 'El club gastó varios millones de euros en el césped.'],
    ], [3e6, 9e6, 'vague', 'money', 'EUR']);
    sameInterval([
      ['en', 'The charity raised a few million dollars.'],
      ['fr', 'L’association a levé quelques millions de dollars.'],
      ['es', 'La fundación recaudó unos cuantos millones de dólares.'],
      ['ar', 'جمعت الجمعية بضعة ملايين من الدولارات.'],
      ['tr', 'Vakıf birkaç milyon dolar topladı.'],
    ], [2e6, 5e6, 'vague', 'money', 'USD']);
  });

  it('"more than a million" is a lower bound in every language', () => {
    sameInterval([
      ['en', 'More than a million visitors came last summer.'],
      ['fr', "Plus d'un million de visiteurs sont venus l'été dernier."],
      ['es', 'Más de un millón de visitantes vinieron el verano pasado.'],
      ['ar', 'زار المدينة أكثر من مليون سائح الصيف الماضي.'],
      ['tr', 'Geçen yaz bir milyondan fazla ziyaretçi geldi.'],
    ], [1e6, null, 'more_than', 'count', null]);
  });

  it('"about" is 0.9–1.1 × N in every language, Arabic نحو included', () => {
    sameInterval([
      ['en', 'About 500 workers joined the strike.'],
      ['fr', 'Environ 500 salariés ont rejoint la grève.'],
      ['es', 'Unos 500 trabajadores se sumaron a la huelga.'],
      ['ar', 'انضم نحو 500 عامل إلى الإضراب.'],
      ['tr', 'Yaklaşık 500 işçi greve katıldı.'],
    ], [450, 550, 'approx', 'count', null]);
  });

  it('keeps "quelques" before a number "about", and "algunos" alone no figure', () => {
    expect(rows('fr', 'Quelques 300 curieux étaient venus.')).toEqual([[270, 330, 'approx', 'count', null]]);
    expect(rows('es', 'Algunos vecinos salieron a la calle.')).toEqual([]);
  });

  it('"more than half a million" is a lower bound of 500,000 in every language', () => {
    sameInterval([
      ['en', 'More than half a million tourists came in July.'],
      ['fr', "Plus d'un demi-million de touristes sont venus en juillet."],
      ['es', 'Más de medio millón de turistas llegaron en julio.'],
      ['ar', 'وصل أكثر من نصف مليون سائح في تموز.'],
      ['tr', 'Temmuzda yarım milyondan fazla turist geldi.'],
    ], [5e5, null, 'more_than', 'count', null]);
    expect(rows('es', 'Medio centenar de vecinos cortaron la calle.')).toEqual([[45, 55, 'approx', 'count', null]]);
  });

  it('Arabic "hundreds of thousands" without the article is one vague amount', () => {
    expect(rows('ar', 'عاد مئات آلاف المهجرين إلى قراهم.')).toEqual([[200000, 999999, 'vague', 'count', null]]);
    expect(rows('ar', 'تظاهر عشرات آلاف الطلاب في العاصمة.')).toEqual([[20000, 99999, 'vague', 'count', null]]);
  });
});
