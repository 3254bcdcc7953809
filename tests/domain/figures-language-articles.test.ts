import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../app/domain/extraction/extract-article';
import { countedClass } from '../../app/domain/figures/classes';

/**
 * Two news reports per language, written for these tests (tests/fixtures/articles/<code>-<topic>.txt),
 * besides the one each in figures-languages.test.ts. Each has qualifiers before and after the number,
 * scale words, the language's group and decimal separators, percentages, money, dates and month names
 * that are not figures, and named sources. Every figure is asserted: its text, interval, qualifier,
 * unit, currency, the counted phrase and its language-independent class (for the classes measures join on).
 */
type Row = [text: string, low: number | null, high: number | null, qualifier: string, unit: string, currency: string | null, counted: string | null, cls: string | null];
const CLASSES = new Set(['people', 'civilians', 'children', 'families', 'troops', 'houses', 'protesters', 'hectares']);

const EXPECTED: Record<string, { language: string; figures: Row[]; attributions: (string | null)[] }> = {
  'ar-flood': {
    language: 'ar',
    figures: [
      ["23 شخصا على الأقل", 23, null, "at_least", "count", null, "شخصا", "people"],
      ["7 أطفال", 7, 7, "exact", "count", null, "أطفال", "children"],
      ["أكثر من 4 آلاف عائلة", 4000, null, "more_than", "count", null, "عائلة", "families"],
      ["نحو 2,300 منزل", 2070, 2530, "approx", "count", null, "منزل", "houses"],
      ["ما يقارب 12 ألف هكتار", 10800, 12000, "nearly", "count", null, "هكتار", "hectares"],
      ["حوالي 35 بالمئة", 31.5, 38.5, "approx", "percent", null, null, null],
      ["6 أشخاص", 6, 6, "exact", "count", null, "أشخاص", "people"],
      ["41 شخصا", 41, 41, "exact", "count", null, "شخصا", "people"],
      ["18.5 مليون دولار", 18500000, 18500000, "exact", "money", "USD", null, null],
      ["3 مليارات ليرة سورية", 3000000000, 3000000000, "exact", "money", "SYP", null, null],
      ["عشرات الطرق", 24, 99, "vague", "count", null, "الطرق", null],
    ],
    attributions: ["الدفاع المدني", "منظمة الهلال الأحمر", "مديرية الزراعة", "المحافظة", "الأمم المتحدة", "مسؤول محلي"],
  },
  'ar-economy': {
    language: 'ar',
    figures: [
      ["١٢٤٫٥ بالمئة", 124.5, 124.5, "exact", "percent", null, null, null],
      ["98 بالمئة", 98, 98, "exact", "percent", null, null, null],
      ["نحو 14,800 ليرة", 13320, 16280, "approx", "money", null, null, null],
      ["12,500 ليرة سورية", 12500, 12500, "exact", "money", "SYP", null, null],
      ["4 تريليونات ليرة", 4000000000000, null, "more_than", "money", null, null, null],
      ["ما لا يقل عن 800 مليار ليرة", 800000000000, null, "at_least", "money", null, null, null],
      ["قرابة 90 في المئة", 81, 90, "nearly", "percent", null, null, null],
      ["أكثر من ١٥ مليون شخص", 15000000, null, "more_than", "count", null, "شخص", "people"],
      ["حوالي 1200 منشأة", 1080, 1320, "approx", "count", null, "منشأة", null],
      ["ما يزيد على 60 ألف عامل", 60000, null, "more_than", "count", null, "عامل", null],
      ["650 مليون دولار", 650000000, 650000000, "exact", "money", "USD", null, null],
    ],
    attributions: ["المكتب المركزي للإحصاء", "تجار", "وزير المالية", "البنك الدولي", "غرفة التجارة", "الوزارة"],
  },
  'fr-protest': {
    language: 'fr',
    figures: [
      ["Plus de 250 000 personnes", 250000, null, "more_than", "count", null, "personnes", "people"],
      ["des dizaines de villes", 24, 99, "vague", "count", null, "villes", null],
      ["près de 1,2 million de manifestants", 1080000, 1200000, "nearly", "count", null, "manifestants", "protesters"],
      ["environ 48 000 personnes", 43200, 52800, "approx", "count", null, "personnes", "people"],
      ["137 personnes", 137, 137, "exact", "count", null, "personnes", "people"],
      ["au moins 22 mineurs", 22, null, "at_least", "count", null, "mineurs", null],
      ["41 policiers", 41, 41, "exact", "count", null, "policiers", null],
      ["quelque 3,5 millions d'euros", 3150000, 3850000, "approx", "money", "EUR", null, null],
      ["64 %", 64, 64, "exact", "percent", null, null, null],
      ["moins de 5 pour cent", null, 5, "fewer_than", "percent", null, null, null],
      ["plusieurs centaines d'établissements", 300, 900, "vague", "count", null, "établissements", null],
    ],
    attributions: ["ministère de l'Intérieur", "secrétaire générale de la CGT", "préfecture de police", "police", "police", "chambre de commerce", "sondage", "ministre"],
  },
  'fr-economy': {
    language: 'fr',
    figures: [
      ["7,4 %", 7.4, 7.4, "exact", "percent", null, null, null],
      ["environ 2 300 000 demandeurs", 2070000, 2530000, "approx", "count", null, "demandeurs", null],
      ["inférieure à 1 pour cent", null, 1, "fewer_than", "percent", null, null, null],
      ["3 100 milliards d'euros", 3100000000000, null, "more_than", "money", "EUR", null, null],
      ["près de 40 000 entreprises", 36000, 40000, "nearly", "count", null, "entreprises", null],
      ["18,6 %", 18.6, 18.6, "exact", "percent", null, null, null],
      ["Au moins 9 millions de ménages", 9000000, null, "at_least", "count", null, "ménages", null],
      ["d'environ 12 milliards d'euros", 10800000000, 13200000000, "approx", "money", "EUR", null, null],
      ["plus de 15 000 emplois", 15000, null, "more_than", "count", null, "emplois", null],
      ["85,3 milliards d'euros", 85300000000, 85300000000, "exact", "money", "EUR", null, null],
    ],
    attributions: ["Insee", "Banque de France", "gouvernement", "institut", null, "Fédération du commerce", "ministre"],
  },
  'es-flood': {
    language: 'es',
    figures: [
      ["Al menos 64 personas", 64, null, "at_least", "count", null, "personas", "people"],
      ["31", 31, 31, "exact", "count", null, null, null],
      ["Cerca de 1.800 vecinos", 1620, 1800, "nearly", "count", null, "vecinos", null],
      ["unas 3.400 viviendas", 3060, 3740, "approx", "count", null, "viviendas", "houses"],
      ["alrededor de 120.000 hogares", 108000, 132000, "approx", "count", null, "hogares", "houses"],
      ["2.100 millones de euros", 2100000000, null, "more_than", "money", "EUR", null, null],
      ["10,6 millones de euros", 10600000, 10600000, "exact", "money", "EUR", null, null],
      ["unas 2.500 familias", 2250, 2750, "approx", "count", null, "familias", "families"],
      ["casi el 40 por ciento", 36, 40, "nearly", "percent", null, null, null],
      ["Miles de voluntarios", 2000, 9999, "vague", "count", null, "voluntarios", null],
    ],
    attributions: ["Centro de Coordinación de Emergencias", "Agencia Estatal de Meteorología", null, "presidente regional", "aseguradoras", null, "agricultores", null],
  },
  'es-conflict': {
    language: 'es',
    figures: [
      ["Más de 2.300 combatientes", 2300, null, "more_than", "count", null, "combatientes", null],
      ["450 civiles", 450, 450, "exact", "count", null, "civiles", "civilians"],
      ["unas 86.000 personas", 77400, 94600, "approx", "count", null, "personas", "people"],
      ["al menos 12 hospitales", 12, null, "at_least", "count", null, "hospitales", null],
      ["60 %", 60, 60, "exact", "percent", null, null, null],
      ["215 sospechosos", 215, 215, "exact", "count", null, "sospechosos", null],
      ["cerca de 400", 360, 400, "nearly", "count", null, null, null],
      ["alrededor de 1.250 millones de dólares", 1125000000, 1375000000, "approx", "money", "USD", null, null],
      ["casi 1,5 millones de niños", 1350000, 1500000, "nearly", "count", null, "niños", "children"],
      ["Decenas de aldeas", 24, 99, "vague", "count", null, "aldeas", null],
      ["25 camiones", 25, 25, "exact", "count", null, "camiones", null],
    ],
    attributions: ["portavoz de la misión de la ONU", "Cruz Roja", "organismo", "ejército", "oposición", "Banco Mundial", "gobernadora"],
  },
  'tr-flood': {
    language: 'tr',
    figures: [
      ["en az 27 kişi", 27, null, "at_least", "count", null, "kişi", "people"],
      ["9 kişi", 9, 9, "exact", "count", null, "kişi", "people"],
      ["1.350'den fazla kişinin", 1350, null, "more_than", "count", null, "kişinin", "people"],
      ["yaklaşık 600 evin", 540, 660, "approx", "count", null, "evin", "houses"],
      ["18 bin 400 hektarı", 18400, 18400, "exact", "count", null, "hektarı", "hectares"],
      ["2,7 milyar lirayı aştığı", 2700000000, null, "more_than", "money", "TRY", null, null],
      ["12 bin battaniye", 12000, 12000, "exact", "count", null, "battaniye", null],
      ["binlerce çadır", 2000, 9999, "vague", "count", null, "çadır", null],
      ["yüzde 35", 35, 35, "exact", "percent", null, null, null],
      ["250'ye yakın dükkânın", 225, 250, "nearly", "count", null, "dükkânın", null],
    ],
    attributions: ["AFAD", "Valilik", "Bakanlık", null, "Kızılay", "Yetkililer", "Belediye Başkanı Hasan Öztürk", "Meteoroloji"],
  },
  'tr-protest': {
    language: 'tr',
    figures: [
      ["35 binden fazla kişi", 35000, null, "more_than", "count", null, "kişi", "people"],
      ["120 bini aştığını", 120000, null, "more_than", "count", null, null, null],
      ["212 kişinin", 212, 212, "exact", "count", null, "kişinin", "people"],
      ["48 polis", 48, 48, "exact", "count", null, "polis", null],
      ["en az 17 gösterici", 17, null, "at_least", "count", null, "gösterici", "protesters"],
      ["yüzde 49", 49, 49, "exact", "percent", null, null, null],
      ["17 bin 2 liraya", 17002, 17002, "exact", "money", "TRY", null, null],
      ["%72", 72, 72, "exact", "percent", null, null, null],
      ["40'tan fazla kentte", 40, null, "more_than", "count", null, "kentte", null],
      ["binlerce işçinin", 2000, 9999, "vague", "count", null, "işçinin", null],
    ],
    attributions: ["Emniyet Genel Müdürlüğü", "Sendikalar", "Polis", "İçişleri Bakanlığı", "Türk-İş", null, null, "Sendika Başkanı Ayşe Demir"],
  },

};

describe('articles in Arabic, French, Spanish and Turkish, every figure', () => {
  it.each(Object.keys(EXPECTED))('%s', (name) => {
    const want = EXPECTED[name];
    const r = extractArticle({ text: readFileSync(new URL(`../fixtures/articles/${name}.txt`, import.meta.url), 'utf8') });
    expect(r.language).toBe(want.language);
    expect(r.notices).toEqual([]);
    const rows: Row[] = r.figures.map((f) => {
      const cls = f.counted ? countedClass(f.counted) : null;
      return [f.text, f.low, f.high, f.qualifier, f.unit, f.currency ?? null, f.counted ?? null, cls && CLASSES.has(cls) ? cls : null];
    });
    expect(rows).toEqual(want.figures);
    expect(want.figures.length).toBeGreaterThanOrEqual(10);
    expect(r.sentences.map((s) => s.attribution)).toEqual(want.attributions);
  });
});
