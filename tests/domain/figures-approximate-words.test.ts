import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../app/domain/extraction/extract-article';
import { countedClass, eventClass } from '../../app/domain/figures/classes';

// Sentences written for these tests (issue 13: approximate words and language-independent classes).
type Want = [contains: string, low: number | null, high: number | null, qualifier: string, event: string | null, counted: string | null];

function check(language: string, text: string, want: Want): void {
  const r = extractArticle({ text, deskLanguage: language });
  const f = r.figures.find((x) => x.text.includes(want[0]));
  expect(f, `${text} → ${JSON.stringify(r.figures.map((x) => x.text))}`).toBeDefined();
  expect([f!.low, f!.high, f!.qualifier], text).toEqual([want[1], want[2], want[3]]);
  expect(eventClass(f!.event), text).toBe(want[4]);
  expect(f!.counted ? countedClass(f!.counted) : null, text).toBe(want[5]);
}

const CASES: Record<string, [string, Want][]> = {
  fr: [
    ['Une centaine de manifestants ont été interpellés lundi à Rennes.', ['Une centaine', 90, 110, 'approx', 'detained', 'protesters']],
    ['Selon la préfecture, une dizaine de civils ont été tués près du pont.', ['une dizaine', 9, 11, 'approx', 'killed', 'civilians']],
    ['Une vingtaine de soldats ont été blessés dans l’embuscade.', ['Une vingtaine', 18, 22, 'approx', 'wounded', 'troops']],
    ["Plus d'une centaine de maisons ont été détruites par la crue.", ["Plus d'une centaine", 100, null, 'more_than', 'destroyed', 'houses']],
    ['Près d’un millier de familles ont fui les villages du nord.', ['Près d’un millier', 900, 1000, 'nearly', 'displaced', 'families']],
    ['Une douzaine de pêcheurs sont portés disparus depuis jeudi.', ['Une douzaine', 12, 12, 'exact', 'missing', 'pêcheur']],
    ['Des milliers de personnes ont été déplacées par les combats.', ['Des milliers', 2000, 9999, 'vague', 'displaced', 'people']],
    ['Des centaines de maisons ont été endommagées, a indiqué la mairie.', ['Des centaines', 200, 999, 'vague', 'damaged', 'houses']],
  ],
  es: [
    ['Una decena de personas murieron en el derrumbe del mercado.', ['Una decena', 9, 11, 'approx', 'killed', 'people']],
    ['Más de un centenar de viviendas quedaron destruidas por el fuego.', ['Más de un centenar', 100, null, 'more_than', 'destroyed', 'houses']],
    ['Un millar de familias fueron evacuadas de la costa, dijo Protección Civil.', ['Un millar', 900, 1100, 'approx', 'displaced', 'families']],
    ['Varios miles de personas fueron desplazadas por la sequía.', ['Varios miles', 3000, 9000, 'vague', 'displaced', 'people']],
    ['Decenas de civiles han sido detenidos en la frontera.', ['Decenas', 24, 99, 'vague', 'detained', 'civilians']],
    ['Cientos de soldados resultaron heridos durante la ofensiva.', ['Cientos', 200, 999, 'vague', 'wounded', 'troops']],
    ['Una docena de niños siguen desaparecidos tras la riada.', ['Una docena', 12, 12, 'exact', 'missing', 'children']],
    ['Varias decenas de casas resultaron dañadas.', ['Varias decenas', 30, 90, 'vague', 'damaged', 'houses']],
  ],
  tr: [
    ['Yüzlerce kişi gözaltına alındı.', ['Yüzlerce', 200, 999, 'vague', 'detained', 'people']],
    ['Onlarca sivil yaralandı, valilik açıkladı.', ['Onlarca', 24, 99, 'vague', 'wounded', 'civilians']],
    ['Birkaç yüz kişi yerinden edildi.', ['Birkaç yüz', 200, 500, 'vague', 'displaced', 'people']],
    ['On binlerce kişi yerinden edildi.', ['On binlerce', 20000, 99999, 'vague', 'displaced', 'people']],
    ['Yüz binlerce sivil yerinden edildi.', ['Yüz binlerce', 200000, 999999, 'vague', 'displaced', 'civilians']],
    ['Binlerce ev yıkıldı.', ['Binlerce', 2000, 9999, 'vague', 'destroyed', 'houses']],
  ],
  ar: [
    ['قتل عشرات المدنيين وأصيب مئات آخرون في القصف على المدينة.', ['عشرات المدنيين', 24, 99, 'vague', 'killed', 'civilians']],
    ['قتل عشرات المدنيين وأصيب مئات آخرون في القصف على المدينة.', ['مئات آخرون', 200, 999, 'vague', 'wounded', 'آخرون']],
    ['اعتقلت الشرطة بضع مئات من المتظاهرين في الساحة.', ['بضع مئات', 200, 500, 'vague', 'detained', 'protesters']],
    ['نزح عدة آلاف من السكان خلال الليل.', ['عدة آلاف', 3000, 9000, 'vague', 'displaced', 'people']],
    ['قتل بضع عشرات من الجنود في الهجوم.', ['بضع عشرات', 20, 50, 'vague', 'killed', 'troops']],
    ['دمرت السيول مئات المنازل في القرى الشرقية.', ['مئات المنازل', 200, 999, 'vague', 'destroyed', 'houses']],
  ],
};

describe('approximate words read as intervals, events and counted things as classes', () => {
  for (const [language, rows] of Object.entries(CASES)) {
    it(`${language}: ${rows.length} sentences`, () => {
      for (const [text, want] of rows) check(language, text, want);
    });
  }

  it('groups a French, a Spanish and an Arabic toll with the English one under the same classes', () => {
    const classes = [
      ['en', 'About a hundred families fled the town, the agency said.'],
      ['fr', 'Une centaine de familles ont fui la ville, selon l’agence.'],
      ['es', 'Un centenar de familias huyeron de la ciudad, según la agencia.'],
      ['ar', 'نزحت نحو مئة عائلة من المدينة بحسب الوكالة.'],
    ].map(([language, text]) => {
      const f = extractArticle({ text, deskLanguage: language }).figures[0];
      return [eventClass(f.event), f.counted ? countedClass(f.counted) : null, f.low! <= 100 && f.high! >= 100];
    });
    for (const c of classes) expect(c).toEqual(['displaced', 'families', true]);
  });
});
