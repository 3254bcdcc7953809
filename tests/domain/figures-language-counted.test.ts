import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-helpers';
import { lexiconFor } from '../../app/domain/figures/lexicon';
import { countedClass, eventClass } from '../../app/domain/figures/classes';

// Sentences written for these tests. A noun that names people by what
// happened to them ("réfugiés", "heridos", "جرحى", "yaralı") is what the
// figure counts, as "refugees" is in "12,000 refugees"; it also names the
// event when the sentence gives no other.
type Row = [text: string, counted: string | null, event: string | null];
const read = (language: string, text: string): Row[] =>
  figuresOf(text, { lexicon: lexiconFor(language)! }).map((f) => [f.text, f.counted, f.event]);

describe('a counted noun that names what happened to people', () => {
  it.each([
    ['fr', 'La commune a hébergé 8 000 réfugiés pendant l’hiver.', ['8 000 réfugiés', 'réfugiés', 'réfugiés'], 'refugees', 'displaced'],
    ['fr', 'Les secours ont soigné 350 blessés sur place.', ['350 blessés', 'blessés', 'blessés'], 'people', 'wounded'],
    ['fr', 'Près de 900 déplacés dorment dans le gymnase.', ['Près de 900 déplacés', 'déplacés', 'déplacés'], 'people', 'displaced'],
    ['es', 'El albergue acoge a 1.200 refugiados sirios.', ['1.200 refugiados', 'refugiados', 'refugiados'], 'refugees', 'displaced'],
    ['es', 'Unos 700 desplazados esperan en la carretera.', ['Unos 700 desplazados', 'desplazados', 'desplazados'], 'people', 'displaced'],
    ['es', 'El hospital atendió a 65 heridos durante la noche.', ['65 heridos', 'heridos', 'heridos'], 'people', 'wounded'],
    ['ar', 'استقبلت البلدة 4000 لاجئ خلال الشتاء.', ['4000 لاجئ', 'لاجئ', 'لاجئ'], 'refugees', 'displaced'],
    ['ar', 'نقل المسعفون 25 جريحا إلى المستشفى.', ['25 جريحا', 'جريحا', 'جريحا'], 'people', 'wounded'],
    ['tr', 'Belediye 2.000 mülteci için çadır kurdu.', ['2.000 mülteci', 'mülteci', 'mülteci'], 'refugees', 'displaced'],
    ['tr', 'Hastaneye 30 yaralı getirildi.', ['30 yaralı', 'yaralı', 'yaralı'], 'people', 'wounded'],
    ['en', 'The town took in 8,000 refugees over the winter.', ['8,000 refugees', 'refugees', 'refugees'], 'refugees', 'displaced'],
  ])('%s: %s', (language, text, want, cls, event) => {
    const [fig] = read(language, text);
    expect(fig).toEqual(want);
    expect(countedClass(fig[1]!)).toBe(cls);
    expect(eventClass(fig[2])).toBe(event);
  });

  it('gives each figure of a list its own noun and event, not the one before it', () => {
    expect(read('fr', 'Le dernier bilan fait état de 14 morts et 160 blessés.')).toEqual([
      ['14 morts', 'morts', 'morts'],
      ['160 blessés', 'blessés', 'blessés'],
    ]);
    expect(read('es', 'El accidente dejó 9 muertos y 31 heridos.')).toEqual([
      ['9 muertos', 'muertos', 'muertos'],
      ['31 heridos', 'heridos', 'heridos'],
    ]);
    expect(read('ar', 'خلف الانفجار 7 قتلى و30 جريحا.')).toEqual([
      ['7 قتلى', 'قتلى', 'قتلى'],
      ['30 جريحا', 'جريحا', 'جريحا'],
    ]);
    expect(read('tr', 'Kazada 3 ölü ve 18 yaralı var.')).toEqual([
      ['3 ölü', 'ölü', 'ölü'],
      ['18 yaralı', 'yaralı', 'yaralı'],
    ]);
  });

  it('lets a verb after the noun say what happened to them', () => {
    expect(read('fr', 'Au moins 40 réfugiés ont été tués dans le naufrage.')[0]).toEqual(['Au moins 40 réfugiés', 'réfugiés', 'tués']);
    expect(read('es', 'Unos 200 refugiados fueron evacuados del campo.')[0]).toEqual(['Unos 200 refugiados', 'refugiados', 'evacuados']);
  });

  it('keeps a noun that names no event as before, and a count of people with its verb', () => {
    expect(read('fr', '300 personnes ont été blessées.')).toEqual([['300 personnes', 'personnes', 'blessées']]);
    expect(read('es', 'Casi 90 personas resultaron heridas.')).toEqual([['Casi 90 personas', 'personas', 'heridas']]);
    // English writes "wounded" after a number as an adjective: the event, the noun left implicit
    expect(read('en', 'The blast left 200 wounded.')).toEqual([['200', null, 'wounded']]);
  });

  it('puts "réfugiés", "refugiados", "لاجئين", "mülteci" and "refugees" in one class', () => {
    expect(new Set(['réfugiés', 'refugiados', 'لاجئين', 'mülteci', 'refugees', 'refugee'].map(countedClass))).toEqual(new Set(['refugees']));
  });
});
