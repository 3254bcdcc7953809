import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../app/domain/extraction/split-sentences';
import { languageFor } from '../../app/domain/extraction/language/languages';
import { extractArticle } from '../../app/domain/extraction/extract-article';

const split = (code: string, text: string) => {
  const language = languageFor(code);
  if (!language) throw new Error(code);
  return splitSentences(text, language).map((s) => text.slice(s.start, s.end));
};

// Sentences written for these tests (ADR 023: Intl.Segmenter plus each language's corrections).
describe('sentences in Arabic, French, Spanish and Turkish', () => {
  it('ends an Arabic sentence at ؟ and never at ،', () => {
    expect(split('ar', 'هل ستفتح المعابر قريبا؟لا أحد يعرف، قال مسؤول محلي. وأضاف أن الطرق مغلقة، والمخيمات ممتلئة.')).toEqual([
      'هل ستفتح المعابر قريبا؟',
      'لا أحد يعرف، قال مسؤول محلي.',
      'وأضاف أن الطرق مغلقة، والمخيمات ممتلئة.',
    ]);
  });

  it('keeps French titles and "av. J.-C." inside the sentence, and the closing guillemet with its quote', () => {
    expect(split('fr', "M. Lefèvre a parlé à Mme Roux. La ville date de 300 av. J.-C. et compte 2 000 habitants. « Nous partirons. » Le maire l'a confirmé.")).toEqual([
      'M. Lefèvre a parlé à Mme Roux.',
      'La ville date de 300 av. J.-C. et compte 2 000 habitants.',
      '« Nous partirons. »',
      "Le maire l'a confirmé.",
    ]);
  });

  it('keeps Spanish "Sr.", "Sra." and "núm." inside the sentence', () => {
    expect(split('es', 'El Sr. Ortega habló con la Sra. Ibáñez. El decreto núm. 45 entra en vigor hoy. ¿Habrá más ayuda? Nadie lo sabe.')).toEqual([
      'El Sr. Ortega habló con la Sra. Ibáñez.',
      'El decreto núm. 45 entra en vigor hoy.',
      '¿Habrá más ayuda?',
      'Nadie lo sabe.',
    ]);
  });

  it('keeps Turkish "Dr." and a mid-sentence "vb." inside the sentence, and "vb." ending one', () => {
    expect(split('tr', 'Dr. Ayşe Demir bölgeye gitti. Battaniye, çadır vb. malzemeler dağıtıldı. Gıda, ilaç vb. Yardımlar sürüyor.')).toEqual([
      'Dr. Ayşe Demir bölgeye gitti.',
      'Battaniye, çadır vb. malzemeler dağıtıldı.',
      'Gıda, ilaç vb.',
      'Yardımlar sürüyor.',
    ]);
  });

  it('splits each paragraph of a mixed article with its own language', () => {
    const text = 'Officials said 40 people died. Dr. Reed confirmed it.\n\nM. Garnier a parlé aux habitants du quartier ce matin. Il est parti à 10 h avec les autres.';
    const r = extractArticle({ text, clean: false });
    expect(r.sentences.map((s) => [s.text, s.language])).toEqual([
      ['Officials said 40 people died.', 'en'],
      ['Dr. Reed confirmed it.', 'en'],
      ['M. Garnier a parlé aux habitants du quartier ce matin.', 'fr'],
      ['Il est parti à 10 h avec les autres.', 'fr'],
    ]);
  });
});
