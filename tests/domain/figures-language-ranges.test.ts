import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-helpers';
import { lexiconFor } from '../../app/domain/figures/lexicon';

// Sentences written for these tests. A range's scale, currency or percent is
// written once, after the second bound, and belongs to both bounds.
type Row = [text: string, low: number | null, high: number | null, qualifier: string, unit: string, currency: string | null];
const read = (language: string, text: string): Row[] =>
  figuresOf(text, { lexicon: lexiconFor(language)! }).map((f) => [f.text, f.low, f.high, f.qualifier, f.unit, f.currency]);

describe('ranges with one scale word for both bounds, in every language', () => {
  it.each([
    ['es', 'La reconstrucción del puerto costaría entre 2.500 y 3.000 millones de euros.', ['entre 2.500 y 3.000 millones de euros', 2.5e9, 3e9, 'range', 'money', 'EUR']],
    ['es', 'La sequía dejó sin cosecha entre 1,2 y 1,8 millones de hectáreas.', ['entre 1,2 y 1,8 millones de hectáreas', 1.2e6, 1.8e6, 'range', 'count', null]],
    ['es', 'El fondo recibirá de 40 a 60 millones de dólares el próximo año.', ['de 40 a 60 millones de dólares', 4e7, 6e7, 'range', 'money', 'USD']],
    ['es', 'Los analistas calculan entre 800 millones y 1.000 millones de euros de pérdidas.', ['entre 800 millones y 1.000 millones de euros', 8e8, 1e9, 'range', 'money', 'EUR']],
    ['es', 'Entre el 15 y el 20 % de los votantes no había decidido.', ['Entre el 15 y el 20 %', 15, 20, 'range', 'percent', null]],
    ['fr', 'La rénovation des digues coûterait entre 5 et 7 milliards de dollars.', ['entre 5 et 7 milliards de dollars', 5e9, 7e9, 'range', 'money', 'USD']],
    ['fr', 'Le festival attend de 80 à 90 millions de visiteurs sur dix ans.', ['de 80 à 90 millions de visiteurs', 8e7, 9e7, 'range', 'count', null]],
    ['fr', "Le chantier coûterait entre 1,5 milliard et 2 milliards d'euros.", ["entre 1,5 milliard et 2 milliards d'euros", 1.5e9, 2e9, 'range', 'money', 'EUR']],
    ['fr', 'Entre 2 500 et 4 000 foyers restent privés de courant.', ['Entre 2 500 et 4 000 foyers', 2500, 4000, 'range', 'count', null]],
    ['ar', 'تقدر كلفة إعادة الإعمار بين 3 و5 مليارات دولار.', ['بين 3 و5 مليارات دولار', 3e9, 5e9, 'range', 'money', 'USD']],
    ['ar', 'يعيش ما بين 2 و3 ملايين شخص في المخيمات.', ['ما بين 2 و3 ملايين شخص', 2e6, 3e6, 'range', 'count', null]],
    ['ar', 'يحتاج من 4 إلى 6 ملايين شخص إلى مياه الشرب.', ['من 4 إلى 6 ملايين شخص', 4e6, 6e6, 'range', 'count', null]],
    ['tr', 'Projenin maliyeti 4 ile 6 milyar dolar arasında.', ['4 ile 6 milyar dolar arasında', 4e9, 6e9, 'range', 'money', 'USD']],
    ['tr', '2-3 milyon kişi sel bölgesinde yaşıyor.', ['2-3 milyon kişi', 2e6, 3e6, 'range', 'count', null]],
    ['en', 'The bridge would cost between 2.5 billion and 3 billion dollars.', ['between 2.5 billion and 3 billion dollars', 2.5e9, 3e9, 'range', 'money', 'USD']],
    ['en', 'Roughly 4-6 million people live in the flood plain.', ['Roughly 4-6 million people', 3.6e6, 6.6e6, 'approx', 'count', null]],
  ])('%s: %s', (language, text, want) => {
    expect(read(language, text)).toEqual([want]);
  });

  it('reads the same range the same way in five languages', () => {
    const texts: [string, string][] = [
      ['en', 'Repairs will cost between 1.5 and 2 billion dollars.'],
      ['es', 'Las reparaciones costarán entre 1.500 y 2.000 millones de dólares.'],
      ['fr', 'Les réparations coûteront entre 1,5 et 2 milliards de dollars.'],
      ['ar', 'ستكلف الإصلاحات بين 1.5 و2 مليار دولار.'],
      ['tr', 'Onarımlar 1,5 ile 2 milyar dolar arasında tutacak.'],
    ];
    for (const [language, text] of texts) {
      expect(read(language, text).map((r) => r.slice(1)), language).toEqual([[1.5e9, 2e9, 'range', 'money', 'USD']]);
    }
  });

  it('keeps a change apart from a range: two figures, the scale shared', () => {
    expect(read('en', 'The subsidy rose from 40 to 55 million euros.')).toEqual([
      ['40', 4e7, 4e7, 'exact', 'money', 'EUR'],
      ['55 million euros', 5.5e7, 5.5e7, 'exact', 'money', 'EUR'],
    ]);
    expect(read('es', 'La subvención pasó de 40 a 55 millones de euros.')).toEqual([
      ['40', 4e7, 4e7, 'exact', 'money', 'EUR'],
      ['55 millones de euros', 5.5e7, 5.5e7, 'exact', 'money', 'EUR'],
    ]);
    expect(read('fr', "La subvention est passée de 40 à 55 millions d'euros.")).toEqual([
      ['40', 4e7, 4e7, 'exact', 'money', 'EUR'],
      ["55 millions d'euros", 5.5e7, 5.5e7, 'exact', 'money', 'EUR'],
    ]);
    expect(read('ar', 'ارتفع عدد الطلاب من 300 إلى 450 طالبا.').map((r) => r.slice(1, 3))).toEqual([[300, 300], [450, 450]]);
  });

  it('does not read a score, or "de N à" followed by no number, as a range', () => {
    expect(read('fr', "Le match s'est terminé sur un score de 3 à 1.").map((r) => r[3])).not.toContain('range');
    expect(read('es', 'El partido acabó con un resultado de 2 a 0.').map((r) => r[3])).not.toContain('range');
    expect(read('fr', 'Une amende de 200 à Paris a été contestée.')).toEqual([['200', 200, 200, 'exact', 'count', null]]);
  });

  it('does not sum two amounts joined by "et"/"y" into one number', () => {
    expect(read('fr', "Il a reçu 2 milliards et 3 milliards d'euros ont été promis.").map((r) => r[1])).toEqual([2e9, 3e9]);
    expect(read('es', 'Se aprobaron 1.200 millones y 800 millones quedaron pendientes.').map((r) => r[1])).toEqual([1.2e9, 8e8]);
    // a joined part smaller than the scale still adds: "un million et 200 000"
    expect(read('ar', 'نزح مليون و200 ألف شخص.').map((r) => r[1])).toEqual([1200000]);
  });

  it.each([
    // bounds joined with no opener, as "200 to 300 people"
    ['fr', 'Le concert a réuni 6 000 à 8 000 spectateurs.', ['6 000 à 8 000 spectateurs', 6000, 8000, 'range', 'count', null]],
    ['es', 'La feria recibe 300 a 400 visitantes al día.', ['300 a 400 visitantes', 300, 400, 'range', 'count', null]],
    ['ar', 'يصل 3 إلى 4 آلاف زائر يوميا.', ['3 إلى 4 آلاف زائر', 3000, 4000, 'range', 'count', null]],
    // bounds in words joined by "or", as "two or three"
    ['fr', 'Deux ou trois bateaux manquent encore.', ['Deux ou trois bateaux', 2, 3, 'range', 'count', null]],
    ['es', 'Cuatro o cinco barcos siguen sin volver.', ['Cuatro o cinco barcos', 4, 5, 'range', 'count', null]],
    ['ar', 'فقد ثلاثة أو أربعة صيادين.', ['ثلاثة أو أربعة صيادين', 3, 4, 'range', 'count', null]],
    ['tr', 'İki veya üç tekne kayıp.', ['İki veya üç tekne', 2, 3, 'range', 'count', null]],
    // bounds in words with an opener: "deux et trois" is not five
    ['fr', 'Entre deux et trois millions de foyers sont concernés.', ['Entre deux et trois millions de foyers', 2e6, 3e6, 'range', 'count', null]],
    ['es', 'Entre dos y tres millones de hogares están afectados.', ['Entre dos y tres millones de hogares', 2e6, 3e6, 'range', 'count', null]],
    ['ar', 'يحتاج بين خمسة وستة ملايين شخص إلى الغذاء.', ['بين خمسة وستة ملايين شخص', 5e6, 6e6, 'range', 'count', null]],
    // Turkish writes "two three" side by side, and its capital İ starts a number
    ['tr', 'İki üç balıkçı hâlâ denizde.', ['İki üç balıkçı', 2, 3, 'range', 'count', null]],
    ['tr', 'Beş altı bin kişi meydanda toplandı.', ['Beş altı bin kişi', 5000, 6000, 'range', 'count', null]],
  ])('%s: %s', (language, text, want) => {
    expect(read(language, text)).toEqual([want]);
  });

  it('keeps "vingt et un", "treinta y dos" and Turkish "on beş" one number', () => {
    expect(read('fr', 'Vingt et un navires sont à quai.').map((r) => r[1])).toEqual([21]);
    expect(read('es', 'Treinta y dos barcos siguen en puerto.').map((r) => r[1])).toEqual([32]);
    expect(read('tr', 'On beş tekne limanda.').map((r) => r[1])).toEqual([15]);
    expect(read('tr', 'Yüz elli tekne limanda.').map((r) => r[1])).toEqual([150]);
  });
});
