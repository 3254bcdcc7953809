import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../app/domain/extraction/extract-article';
import { isDenied } from '../../app/domain/figures/denial';
import { isIncrement } from '../../app/domain/figures/increment';
import { figuresOf } from './figures-helpers';
import { AR } from '../../app/domain/figures/lexicons/ar';
import { ES } from '../../app/domain/figures/lexicons/es';
import { FR } from '../../app/domain/figures/lexicons/fr';
import { TR } from '../../app/domain/figures/lexicons/tr';
import type { FigureLexicon } from '../../app/domain/figures/lexicon';

/**
 * Denied figures and figures that add to another, read through each
 * language's lexicon: neither competes with the figures sources assert.
 */
const denied = (lexicon: FigureLexicon) => (s: string, fig: string) => {
  const i = s.indexOf(fig);
  return isDenied(s, i, i + fig.length, lexicon);
};
/** Whether the figure the reader finds at `fig` adds to another (its counted phrase included). */
const added = (lexicon: FigureLexicon) => (s: string, fig: string) => {
  const i = s.indexOf(fig);
  const f = figuresOf(s, { lexicon }).find((x) => x.start <= i && x.end > i);
  return isIncrement(s, f ? f.start : i, f ? f.end : i + fig.length, lexicon, f?.counted ?? null);
};
const groupTexts = (text: string) => {
  const r = extractArticle({ text });
  return r.groups.map((g) => g.figures.map((i) => r.figures[i].text));
};

describe('French: a figure a source denies', () => {
  it.each([
    ['Le ministère a démenti le chiffre de 200 morts avancé par l’opposition.', '200 morts', true],
    ['La préfecture a contesté le bilan de 45 victimes publié par le syndicat.', '45 victimes', true],
    ['Le gouvernement a catégoriquement démenti les informations selon lesquelles 3 000 personnes auraient été arrêtées.', '3 000 personnes', true],
    ["L'armée a nié avoir tué 14 civils lors du raid.", '14 civils', true],
    ['Les rumeurs faisant état de 500 disparus sont fausses, a assuré le maire.', '500 disparus', true],
    ['Le ministère a démenti ces rumeurs et a affirmé que 38 personnes étaient mortes.', '38 personnes', false],
    ["L'armée a nié toute implication dans l'attaque, qui a fait 12 morts.", '12 morts', false],
    ['La police a indiqué que 25 personnes avaient été blessées, mais a démenti avoir tiré.', '25 personnes', false],
    ['Selon la Croix-Rouge, 60 personnes ont été tuées.', '60 personnes', false],
  ])('%s', (s, fig, want) => {
    expect(denied(FR)(s, fig)).toBe(want);
  });
});

describe('Spanish: a figure a source denies', () => {
  it.each([
    ['El Gobierno negó la cifra de 300 muertos que difundió la oposición.', '300 muertos', true],
    ['La alcaldía desmintió que hubiera 80 desaparecidos tras la riada.', '80 desaparecidos', true],
    ['El ejército rechazó rotundamente las informaciones sobre 1.200 detenidos.', '1.200 detenidos', true],
    ['La policía negó haber herido a 15 manifestantes.', '15 manifestantes', true],
    ['Las versiones de 400 muertos son falsas, aseguró el portavoz.', '400 muertos', true],
    ['El ministerio desmintió los rumores y dijo que 52 personas murieron.', '52 personas', false],
    ['El ejército negó haber participado en el bombardeo, que dejó 19 muertos.', '19 muertos', false],
    ['Unas 70 personas murieron, pero el Gobierno negó que hubiera saqueos.', '70 personas', false],
    ['Según Protección Civil, 33 personas resultaron heridas.', '33 personas', false],
  ])('%s', (s, fig, want) => {
    expect(denied(ES)(s, fig)).toBe(want);
  });
});

describe('French: a figure that adds to another', () => {
  it.each([
    ['La Croix-Rouge a recensé 200 autres personnes blessées dans le nord.', '200', true],
    ['Les secours ont dénombré 30 morts supplémentaires dans la nuit.', '30', true],
    ['Les plongeurs ont retrouvé encore 12 corps dans le fleuve.', '12', true],
    ['On compte 40 blessés de plus depuis la veille.', '40', true],
    ['Il reste encore 12 disparus sous les décombres.', '12', false],
    ["Quelque 200 personnes venues d'autres pays ont été évacuées.", '200', false],
    ['Le bilan fait état de 150 personnes tuées.', '150', false],
  ])('%s', (s, fig, want) => {
    expect(added(FR)(s, fig)).toBe(want);
  });
});

describe('Spanish: a figure that adds to another', () => {
  it.each([
    ['Otras 200 personas resultaron heridas en la costa.', '200', true],
    ['Los bomberos hallaron otros 12 cuerpos entre los escombros.', '12', true],
    ['El hospital registró 30 muertos más durante la noche.', '30', true],
    ['Llegaron 500 soldados adicionales a la frontera.', '500', true],
    ['Entre otros 40 heridos figura el alcalde del pueblo.', '40', false],
    ['Murieron 30 personas, más de la mitad niños.', '30', false],
    ['Hubo 30 muertos más o menos, según los vecinos.', '30', false],
    ['Los vecinos, entre otros, contaron 60 muertos en el barrio.', '60', false],
  ])('%s', (s, fig, want) => {
    expect(added(ES)(s, fig)).toBe(want);
  });
});

describe('Arabic and Turkish: a figure that adds to another', () => {
  it.each([
    ['ar', 'وأصيب 30 آخرون بجروح في القصف.', '30', true],
    ['ar', 'أعلنت الوزارة مقتل 5 أشخاص آخرين في المدينة.', '5', true],
    ['ar', 'قال المرصد إن 40 شخصا قتلوا في الغارة.', '40', false],
    ['tr', 'Enkazdan 12 ceset daha çıkarıldı.', '12', true],
    ['tr', 'Bölgede 200 kişi daha yaralandı.', '200', true],
    ['tr', 'Yetkililer 300 kişinin öldüğünü açıkladı.', '300', false],
  ])('%s: %s', (code, s, fig, want) => {
    expect(added(code === 'ar' ? AR : TR)(s, fig)).toBe(want);
  });
});

describe('in an article, denied and added figures stay out of the rival tolls', () => {
  it('French', () => {
    const groups = groupTexts(
      'Inondations dans le sud\n\n' +
        'Le ministère de l’Intérieur a indiqué que 45 personnes ont été tuées par les inondations. ' +
        'La Croix-Rouge a affirmé que 60 personnes ont été tuées dans la région. ' +
        'Le ministère a démenti le chiffre de 300 personnes tuées qui circulait sur les réseaux sociaux. ' +
        'Par ailleurs, 20 autres personnes ont été tuées dans l’effondrement d’un pont vendredi.\n',
    );
    expect(groups).toEqual([['45 personnes', '60 personnes']]);
  });

  it('Spanish', () => {
    const groups = groupTexts(
      'Inundaciones en el sur del país\n\n' +
        'El Ministerio del Interior informó de que 45 personas murieron por las inundaciones. ' +
        'La Cruz Roja dijo que 60 personas murieron en la región. ' +
        'El Gobierno negó la cifra de 300 personas muertas que circulaba en las redes sociales. ' +
        'Además, otras 20 personas murieron el viernes cuando se derrumbó un puente.\n',
    );
    expect(groups).toEqual([['45 personas', '60 personas']]);
  });
});
