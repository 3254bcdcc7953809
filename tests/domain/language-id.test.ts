import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../app/domain/language-id/detect-language';
import { detectArticleLanguages } from '../../app/domain/language-id/paragraph-languages';
import { extractArticle } from '../../app/domain/extraction/extract-article';
import { LANGUAGE_SAMPLES } from '../fixtures/language-samples';

const ENGLISH_ONE_LINERS = [
  'Nine civilians killed', '45 wounded in blast', 'Over 1,000 flee fighting', 'Death toll rises to 210',
  'Turkey sends 300 troops', 'UN: 2.5 million need aid', 'Five soldiers dead', 'Camp holds 80,000 people',
  'Police arrest 23', 'Fire destroys 150 homes', 'Quake toll passes 5,000', 'Rebels seize 3 villages',
  '$4bn pledged for Syria', 'At least 12 dead in Aleppo', 'Hundreds protest in Daraa', 'Strikes kill 7 in Ariha',
  'Refugee numbers hit 6.6 million', 'Inflation at 80%', 'Idlib offensive: 948,000 displaced', 'twelve thousand',
  '3.5 million', 'Cholera cases top 20,000', 'Over 100 die in Madaya siege', 'minus three million',
];

describe('detectLanguage', () => {
  it('names the language of every paragraph-long text in seven languages, with confidence', () => {
    for (const [language, s] of Object.entries(LANGUAGE_SAMPLES)) {
      for (const text of s.long) {
        expect(detectLanguage(text), text).toMatchObject({ language, confident: true });
      }
    }
  });

  it('reads headlines and single sentences right or falls back to the desk language, never to another one', () => {
    for (const [language, s] of Object.entries(LANGUAGE_SAMPLES)) {
      const got = s.short.map((t) => detectLanguage(t, 'en'));
      for (const [i, g] of got.entries()) expect(['en', language], s.short[i]).toContain(g.language);
      // most are named outright; the rest are the unsure ones
      expect(got.filter((g) => g.language === language).length, language).toBeGreaterThanOrEqual(5);
      for (const g of got) if (g.language !== language) expect(g.confident).toBe(false);
    }
  });

  it('keeps one-line English input English, so it keeps its figures', () => {
    for (const line of ENGLISH_ONE_LINERS) {
      expect(detectLanguage(line).language, line).toBe('en');
      expect(extractArticle({ text: line }).figures.length, line).toBeGreaterThan(0);
    }
  });

  it('keeps a short English sentence English when the detector leans to another language on a symbol', () => {
    // tinyld alone names Portuguese for these (the "US$" n-grams); the English
    // common words in them keep them in the desk language, with their figures.
    for (const line of [
      'The firm paid US$ 40,000 in costs.',
      'The state lent US$ 900 million to the port.',
      'The court fined the bank US$ 7 million.',
    ]) {
      expect(detectLanguage(line, 'en').language, line).toBe('en');
      expect(extractArticle({ text: line }).figures.map((f) => f.low), line).toHaveLength(1);
    }
  });

  it('falls back to the configured desk language on a short Latin-script text', () => {
    expect(detectLanguage('12 dead', 'fr')).toMatchObject({ language: 'fr', confident: false });
    expect(detectLanguage('1.1', 'es').language).toBe('es');
  });

  it('never reads a short text in another script with the desk language', () => {
    expect(detectLanguage('مقتل 12 مدنيا', 'en').language).toBe('ar');
    expect(detectLanguage('Около 300 семей', 'en').language).not.toBe('en');
    expect(detectLanguage('Около 300 семей бежали во вторник.', 'en').language).toBe('ru');
  });

  it('gives the desk language, unsure, for text without letters', () => {
    expect(detectLanguage('948,000 — 12%', 'en')).toMatchObject({ language: 'en', confident: false, script: null });
  });
});

describe('detectArticleLanguages', () => {
  const english = LANGUAGE_SAMPLES.en.long;
  const arabic = LANGUAGE_SAMPLES.ar.long;
  const german = LANGUAGE_SAMPLES.de.long;

  it('gives a one-language article one span over the whole body', () => {
    const body = english.join('\n\n');
    expect(detectArticleLanguages(body, 'en')).toMatchObject({
      article: { language: 'en', confident: true },
      spans: [{ start: 0, end: body.length, language: 'en' }],
    });
  });

  it('marks a paragraph in another language inside an article', () => {
    const body = [arabic[0], english[1], arabic[2]].join('\n\n');
    const { article, spans } = detectArticleLanguages(body, 'en');
    expect(article.language).toBe('ar');
    expect(spans.map((s) => s.language)).toEqual(['ar', 'en', 'ar']);
    expect(body.slice(spans[1].start, spans[1].end).trim()).toBe(english[1]);

    const mixed = [english[0], german[1], english[2]].join('\n\n');
    expect(detectArticleLanguages(mixed, 'en').spans.map((s) => s.language)).toEqual(['en', 'de', 'en']);
  });

  it('marks a short paragraph full of names by its common words when the detector is unsure', () => {
    const spanish = 'Por otro lado, la Unidad Nacional de Gestión del Riesgo cifró en 2.300 las viviendas dañadas en el Cauca.';
    const french = 'De son côté, la Sécurité civile de Haute-Savoie a recensé 1 200 sinistrés dans la vallée.';
    for (const [paragraph, language] of [[spanish, 'es'], [french, 'fr']]) {
      const body = [english[0], paragraph, english[1]].join('\n\n');
      expect(detectArticleLanguages(body, 'en').spans.map((s) => s.language), paragraph).toEqual(['en', language, 'en']);
    }
    // Its figures are then read with its own number format: 2.300 is two thousand three hundred.
    const r = extractArticle({ text: [english[0], spanish].join('\n\n') });
    expect(r.figures.find((f) => f.text.startsWith('2.300'))).toMatchObject({ low: 2300 });
  });

  it('leaves short paragraphs (a dateline, a caption) in the article language', () => {
    const body = [english[0], 'Idlib, Syria', english[1], 'Foto: Reuters', english[2]].join('\n\n');
    expect(detectArticleLanguages(body, 'en').spans.map((s) => s.language)).toEqual(['en']);
  });
});

describe('extraction in a language Claimdesk does not read', () => {
  const english = LANGUAGE_SAMPLES.en.long;
  const german = LANGUAGE_SAMPLES.de.long;

  it('gives a German article no figures and a notice that says so', () => {
    const r = extractArticle({ text: german.join('\n\n') });
    expect(r.language).toBe('de');
    expect(r.figures).toEqual([]);
    expect(r.notices).toEqual([
      { code: 'language_not_read', language: 'de', message: 'Figures are not read in German yet: this article shows none.' },
    ]);
    expect(r.sentences.length).toBeGreaterThan(3);
  });

  it('gives a Russian article no figures and the notice', () => {
    const r = extractArticle({ text: LANGUAGE_SAMPLES.ru.long.join('\n\n') });
    expect(r.language).toBe('ru');
    expect(r.figures).toEqual([]);
    expect(r.notices.map((n) => n.message)).toEqual(['Figures are not read in Russian yet: this article shows none.']);
  });

  it('keeps the English figures of a mixed article and drops only the German part', () => {
    const r = extractArticle({ text: [english[0], german[1], english[1]].join('\n\n') });
    expect(r.language).toBe('en');
    expect(r.figures.map((f) => f.text)).toEqual(['More than 300 families', 'at least 45 people']);
    expect(r.notices.map((n) => n.message)).toEqual([
      'Figures are not read in German yet: the German part of this article shows none.',
    ]);
    expect(r.sentences.filter((s) => s.language === 'de').length).toBe(2);
  });

  it('says when a short text was read in the desk language', () => {
    const r = extractArticle({ text: 'Nine killed' });
    expect(r.language).toBe('en');
    expect(r.figures.map((f) => f.low)).toEqual([9]);
    expect(r.notices.map((n) => n.code)).toEqual(['language_assumed']);
  });
});
