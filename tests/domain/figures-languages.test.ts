import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../app/domain/extraction/extract-article';
import { eventClass, countedClass } from '../../app/domain/figures/classes';

// Articles written for these tests: qualifiers before and after, scale words, both digit sets, dates that are not figures.
const ARTICLES: Record<string, string> = {
  ar: `قال المرصد السوري لحقوق الإنسان إن أكثر من 120 مدنيا قتلوا في الغارات على ريف إدلب منذ 5 كانون الثاني، بينهم 35 طفلا على الأقل.

وأفادت الأمم المتحدة بنزوح نحو 520 ألف شخص خلال الأسابيع الماضية، فيما قدرت منظمات محلية عدد النازحين بـ ٥٨٠٬٠٠٠ شخص.

وبحسب الدفاع المدني، دمرت الغارات قرابة 1200 منزل، وأصيب مئات الأشخاص. وقال مسؤول محلي إن عشرات الآلاف يعيشون في العراء.

وارتفعت أسعار الخبز بنسبة 40 بالمئة، وبلغت المساعدات 3 ملايين دولار في 12 شباط. وأعلنت الوزارة اعتقال 14 شخصا، وفقدان ما لا يقل عن 9 آخرين.`,
  fr: `Selon l'ONU, plus de 2 300 civils ont été tués depuis le 3 mars, dont au moins 410 enfants.

Près de 950 000 personnes ont fui les combats, a indiqué le porte-parole, tandis que des ONG évoquent 1,1 million de déplacés. Quelque 8 500 maisons ont été détruites.

Le bilan fait état de 1 234 blessés et de plusieurs dizaines de disparus. Environ 60 pour cent des hôpitaux sont fermés, et l'aide atteint 25 millions d'euros.

Des centaines de manifestants se sont rassemblés le 17 septembre. Un million et demi de personnes ont besoin d'aide, a déclaré le ministre.`,
  es: `Más de 1.500 civiles han muerto desde el 14 de marzo, entre ellos al menos 230 niños, según la ONU.

Casi 5.000 personas resultaron heridas y unas 12.400 viviendas quedaron destruidas, dijo el portavoz. Cerca de 700.000 personas huyeron de la zona.

El Gobierno afirmó que 2,5 millones de personas necesitan ayuda y que el 45 por ciento de los hospitales no funciona. Decenas de miles viven en campamentos.

Las autoridades detuvieron a 38 personas el 2 de mayo. La ayuda asciende a 30 millones de dólares, y cientos de familias siguen desaparecidas.`,
  tr: `BM'ye göre 300'den fazla sivil 17 Eylül'den bu yana hayatını kaybetti; ölenlerin en az 85'i çocuk.

Yaklaşık 2 milyon 315 bin kişi evlerini terk etti, yetkililer ise bin 450 ailenin kamplara yerleştirildiğini açıkladı.

Bakanlık, 1.200'e yakın binanın yıkıldığını ve binlerce kişinin yaralandığını söyledi.

Yardım miktarı 25 milyon dolara ulaştı. 12 Ocak'ta 46 kişi gözaltına alındı, yüzlerce kişi kayıp.`,
};

type Row = [text: string, low: number | null, high: number | null, qualifier: string];
const read = (language: string): Row[] => {
  const r = extractArticle({ text: ARTICLES[language] });
  expect(r.language).toBe(language);
  expect(r.notices).toEqual([]);
  return r.figures.map((f) => [f.text, f.low, f.high, f.qualifier]);
};

describe('figures in Arabic, French, Spanish and Turkish', () => {
  it('reads an Arabic article: scale words, Arabic-Indic digits, qualifiers before and after, no dates', () => {
    expect(read('ar')).toEqual([
      ['أكثر من 120 مدنيا', 120, null, 'more_than'],
      ['35 طفلا على الأقل', 35, null, 'at_least'],
      ['نحو 520 ألف شخص', 468000, 572000, 'approx'],
      ['٥٨٠٬٠٠٠ شخص', 580000, 580000, 'exact'],
      ['قرابة 1200 منزل', 1080, 1200, 'nearly'],
      ['مئات الأشخاص', 200, 999, 'vague'],
      ['عشرات الآلاف يعيشون', 20000, 99999, 'vague'],
      ['40 بالمئة', 40, 40, 'exact'],
      ['3 ملايين دولار', 3000000, 3000000, 'exact'],
      ['14 شخصا', 14, 14, 'exact'],
      ['ما لا يقل عن 9 آخرين', 9, null, 'at_least'],
    ]);
  });

  it('reads a French article: space groups, "un million et demi", près de, quelque, pour cent, euros', () => {
    const r = extractArticle({ text: ARTICLES.fr });
    expect(read('fr')).toEqual([
      ['plus de 2 300 civils', 2300, null, 'more_than'],
      ['au moins 410 enfants', 410, null, 'at_least'],
      ['Près de 950 000 personnes', 855000, 950000, 'nearly'],
      ['1,1 million de déplacés', 1100000, 1100000, 'exact'],
      ['Quelque 8 500 maisons', 7650, 9350, 'approx'],
      ['1 234 blessés', 1234, 1234, 'exact'],
      ['plusieurs dizaines de disparus', 30, 90, 'vague'],
      ['Environ 60 pour cent', 54, 66, 'approx'],
      ["25 millions d'euros", 25000000, 25000000, 'exact'],
      ['Des centaines de manifestants', 200, 999, 'vague'],
      ['Un million et demi de personnes', 1500000, 1500000, 'exact'],
    ]);
    expect(r.figures.find((f) => f.text.startsWith('25 millions'))).toMatchObject({ unit: 'money', currency: 'EUR' });
    expect(r.figures.find((f) => f.text.startsWith('Environ 60'))).toMatchObject({ unit: 'percent' });
  });

  it('reads a Spanish article: dot groups, decimal comma, "de marzo" is a date', () => {
    expect(read('es')).toEqual([
      ['Más de 1.500 civiles', 1500, null, 'more_than'],
      ['al menos 230 niños', 230, null, 'at_least'],
      ['Casi 5.000 personas', 4500, 5000, 'nearly'],
      ['unas 12.400 viviendas', 11160, 13640, 'approx'],
      ['Cerca de 700.000 personas', 630000, 700000, 'nearly'],
      ['2,5 millones de personas', 2500000, 2500000, 'exact'],
      ['45 por ciento', 45, 45, 'exact'],
      ['Decenas de miles viven', 20000, 99999, 'vague'],
      ['38 personas', 38, 38, 'exact'],
      ['30 millones de dólares', 30000000, 30000000, 'exact'],
      ['cientos de familias', 200, 999, 'vague'],
    ]);
  });

  it('reads a Turkish article: "2 milyon 315 bin", "bin 450", suffixed bounds, months with case endings', () => {
    expect(read('tr')).toEqual([
      ["300'den fazla sivil", 300, null, 'more_than'],
      ['en az 85', 85, null, 'at_least'],
      ['Yaklaşık 2 milyon 315 bin kişi', 2083500, 2546500, 'approx'],
      ['bin 450 ailenin', 1450, 1450, 'exact'],
      ["1.200'e yakın binanın", 1080, 1200, 'nearly'],
      ['binlerce kişinin', 2000, 9999, 'vague'],
      ['25 milyon dolara', 25000000, 25000000, 'exact'],
      ['46 kişi', 46, 46, 'exact'],
      ['yüzlerce kişi', 200, 999, 'vague'],
    ]);
  });

  it('puts an Arabic displaced figure and an English one in the same classes', () => {
    const ar = extractArticle({ text: 'أفادت الأمم المتحدة بنزوح 948 ألف شخص من شمال غرب سوريا خلال ثلاثة أشهر.' }).figures[0];
    const en = extractArticle({ text: 'The U.N. said 948,000 people had been displaced in northwest Syria in three months.' }).figures[0];
    expect([ar.low, ar.high]).toEqual([948000, 948000]);
    expect(eventClass(ar.event)).toBe('displaced');
    expect(eventClass(ar.event)).toBe(eventClass(en.event));
    expect(countedClass(ar.counted ?? "")).toBe("people");
    expect(countedClass(en.counted ?? "")).toBe("people");
  });
});

describe('percent before the number, and currencies the words leave open', () => {
  const figures = (text: string) =>
    extractArticle({ text }).figures.map((f) => [f.text, f.low, f.high, f.unit, f.currency ?? null]);

  it('reads Turkish "yüzde N", "%N" and "% N" as percentages', () => {
    expect(figures('Yıllık enflasyon yüzde 61,5 oldu, işsizlik ise %9,2 seviyesine çıktı ve kiralar % 40 arttı.')).toEqual([
      ['yüzde 61,5', 61.5, 61.5, 'percent', null],
      ['%9,2', 9.2, 9.2, 'percent', null],
      ['% 40', 40, 40, 'percent', null],
    ]);
  });

  it('gives an Arabic lira the currency its adjective names, and none without one', () => {
    expect(figures('بلغ سعر الدولار 89 ألف ليرة لبنانية، وسعر ربطة الخبز 4000 ليرة سورية، فيما دفعت البلدية 20 مليون ليرة تركية، وبيع الكيلو بـ 500 ليرة.')).toEqual([
      ['89 ألف ليرة لبنانية', 89000, 89000, 'money', 'LBP'],
      ['4000 ليرة سورية', 4000, 4000, 'money', 'SYP'],
      ['20 مليون ليرة تركية', 20000000, 20000000, 'money', 'TRY'],
      ['500 ليرة', 500, 500, 'money', null],
    ]);
  });

  it('gives French "livres" and Spanish "libras" the currency of their adjective', () => {
    expect(figures("Le gouvernement a versé 300 millions de livres libanaises et 2 millions de livres sterling aux familles sinistrées de la région.")).toEqual([
      ['300 millions de livres libanaises', 300000000, 300000000, 'money', 'LBP'],
      ['2 millions de livres sterling', 2000000, 2000000, 'money', 'GBP'],
    ]);
  });
});

describe('attribution in the four articles above', () => {
  it.each([
    ['ar', ['المرصد السوري لحقوق الإنسان', 'الأمم المتحدة', 'الدفاع المدني', 'مسؤول محلي', null, 'الوزارة']],
    ['fr', ['ONU', 'porte-parole', null, null, null, null, 'ministre']],
    ['es', ['ONU', 'portavoz', null, 'Gobierno', null, null, null]],
    ['tr', ['BM', 'yetkililer', 'Bakanlık', null, null]],
  ])('%s', (language, want) => {
    expect(extractArticle({ text: ARTICLES[language] }).sentences.map((s) => s.attribution)).toEqual(want);
  });
});
