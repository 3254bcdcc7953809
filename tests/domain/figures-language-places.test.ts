import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../app/domain/extraction/extract-article';
import { sentenceFrame } from '../../app/domain/figures/frame';
import { ES } from '../../app/domain/figures/lexicons/es';
import { FR } from '../../app/domain/figures/lexicons/fr';

/**
 * A village or town named inside the article's region is a smaller area:
 * its toll is not the region's, in French and Spanish as in English.
 */
const groupTexts = (text: string) => {
  const r = extractArticle({ text });
  return r.groups.map((g) => g.figures.map((i) => r.figures[i].text));
};

describe('French: a settlement inside the region', () => {
  const lead = 'Des inondations frappent la vallée de la Selva';
  it.each([
    ['Dans le petit village de Brenna, 23 personnes ont été tuées.', 'brenna village'],
    ["Onze personnes sont mortes dans la commune d'Ostra, selon la préfecture.", 'ostra commune'],
    ["Rien qu'à Lorn, 9 personnes se sont noyées.", 'lorn'],
    ['À Lorn seulement, 9 personnes se sont noyées.', 'lorn'],
  ])('%s → %s', (s, place) => {
    expect(sentenceFrame(s, lead, FR.settlements).place).toBe(place);
  });

  it.each([
    'Onze personnes sont mortes dans la région, selon la préfecture.',
    "Onze personnes sont mortes dans le village, selon la préfecture.",
    "La ville d'Ostra compte 40 000 habitants.",
  ])('%s → no narrower place', (s) => {
    expect(sentenceFrame(s, lead, FR.settlements).place).toBeNull();
  });

  it('keeps a settlement the lead names', () => {
    expect(sentenceFrame("Onze personnes sont mortes dans la commune d'Ostra.", "Onze morts dans la commune d'Ostra", FR.settlements).place).toBeNull();
  });
});

describe('Spanish: a settlement inside the region', () => {
  const lead = 'Las inundaciones golpean el valle del Selva';
  it.each([
    ['En el pequeño pueblo de Brenna murieron 23 personas.', 'brenna pueblo'],
    ['Once personas murieron en la localidad de Ostra, según el alcalde.', 'ostra localidad'],
    ['Solo en Lorn se ahogaron 9 personas.', 'lorn'],
    ['Murieron 9 personas sólo en Lorn.', 'lorn'],
  ])('%s → %s', (s, place) => {
    expect(sentenceFrame(s, lead, ES.settlements).place).toBe(place);
  });

  it.each([
    'Once personas murieron en la región, según el alcalde.',
    'Once personas murieron en Lorn, según el alcalde.',
    'El municipio de Ostra tiene 40.000 habitantes.',
  ])('%s → no narrower place', (s) => {
    expect(sentenceFrame(s, lead, ES.settlements).place).toBeNull();
  });
});

describe("in an article, a village's toll does not compete with the region's", () => {
  it('French', () => {
    const groups = groupTexts(
      'Des inondations frappent la vallée de la Selva\n\n' +
        'La préfecture a indiqué que 45 personnes ont été tuées dans la vallée. ' +
        'La Croix-Rouge a affirmé que 60 personnes ont été tuées dans la région. ' +
        'Dans le village de Brenna, 12 personnes ont été tuées, selon le maire.\n',
    );
    expect(groups).toEqual([['45 personnes', '60 personnes']]);
  });

  it('Spanish', () => {
    const groups = groupTexts(
      'Las inundaciones golpean el valle del Selva\n\n' +
        'La Protección Civil informó de que 45 personas murieron en el valle. ' +
        'La Cruz Roja dijo que 60 personas murieron en la región. ' +
        'En el pueblo de Brenna murieron 12 personas, según el alcalde.\n',
    );
    expect(groups).toEqual([['45 personas', '60 personas']]);
  });
});
