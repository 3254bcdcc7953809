import { describe, expect, it } from 'vitest';
import { attribute } from './attribution-helpers';

const one = (sentence: string) => attribute([sentence])[0];

describe('attributeSentences', () => {
  it('reads "according to X" at the start and at the end of a sentence', () => {
    expect(one('According to the U.N., 61,000 people have left the coast.')).toBe('U.N.');
    expect(one('Six fishermen drowned on Monday, according to a Coastline Daily reporter.')).toBe('Coastline Daily reporter');
  });

  it('names the source behind "according to figures from X"', () => {
    expect(one('According to figures from the World Health Organization, 40 clinics closed.')).toBe(
      'World Health Organization',
    );
  });

  it.each([
    ['One in five adults cut back on heating, according to a survey of 2,000 people by the charity Shelter.', 'Shelter'],
    ['According to a poll of 1,500 voters by Harbour Research, 40% back the plan.', 'Harbour Research'],
    ['Most clinics lack staff, according to a study of 300 rural hospitals by the Health Foundation.', 'Health Foundation'],
    ['According to a report by the Coastal Authority, 12 piers are unsafe.', 'Coastal Authority'],
  ])('names the agent behind "a survey of N people by X": %s', (sentence, want) => {
    expect(one(sentence)).toBe(want);
  });

  it.each([
    ['Nine bridges collapsed, said the head of the roads agency, Tomas Berg, on Friday.', 'Tomas Berg'],
    ['"We have 40 boats out," said the coastguard commander, Aisha Bello.', 'Aisha Bello'],
    ['According to the mayor of the port town, Rui Costa, 300 homes flooded.', 'Rui Costa'],
    // A title followed by a time or a place is no name: the title stays.
    ['Twelve wells are dry, said the district officer, on Monday.', 'district officer'],
  ])('names the person after a title set off by commas: %s', (sentence, want) => {
    expect(one(sentence)).toBe(want);
  });

  it.each([
    ['Governor Musa Danjuma of Plateau state said 30 villages were cut off.', 'Musa Danjuma'],
    ['Mayor Ines Alvarez from the border town said 2,000 people had crossed.', 'Ines Alvarez'],
    ['Secretary General Ana Lund of the Nordic Council said 14 states had signed.', 'Ana Lund'],
    // No name between the title and "of": the title and its office stay.
    ['The Minister of Health said 90 clinics had reopened.', 'Minister of Health'],
  ])('keeps a titled person without the place they serve: %s', (sentence, want) => {
    expect(one(sentence)).toBe(want);
  });

  it('reads "X said" and "X said on Wednesday that"', () => {
    expect(one('Opposition activists said regime forces shelled a convoy.')).toBe('Opposition activists');
    expect(one('The regime army said on Wednesday that it had seized numerous villages.')).toBe('regime army');
  });

  it('reads "said X" after a quote', () => {
    expect(one('"The needs outstrip our capacity," said Jens Laerke, a U.N. spokesman.')).toBe('Jens Laerke');
  });

  it('reads "…, X said." and "…, X told Reuters."', () => {
    expect(one('The airstrikes also hit Idlib Central Hospital, Dujarric said.')).toBe('Dujarric');
    expect(one('"We cannot fix the dam like this," the regional official told Reuters.')).toBe(
      'regional official',
    );
  });

  it('names the citing source in "X cited Y as saying"', () => {
    expect(one('Talks would resume soon, TASS news agency cited Deputy Trade Minister Ivan Petrov as saying.')).toBe(
      'TASS news agency',
    );
  });

  it('skips an appositive between an organisation and its verb', () => {
    expect(
      one('The London-based Monitor for Civil Rights, an independent watchdog, said guards detained 30 people.'),
    ).toBe('Monitor for Civil Rights');
    expect(
      one("The Harbour Relief Network, a charity working along the country's south coast, said that nine clinics were shut."),
    ).toBe('Harbour Relief Network');
  });

  it('drops titles and keeps the name', () => {
    expect(one('U.N. spokesman Pierre Lamy said the harvest had failed.')).toBe('Pierre Lamy');
    expect(one('President Lena Holm said Friday that Norland would raise taxes.')).toBe('Lena Holm');
    expect(one('From inside Qasr, activist Rami al-Hassan said the market had reopened.')).toBe(
      'Rami al-Hassan',
    );
    expect(one("Norland's state-owned Polar news agency said the strike would end.")).toBe('Polar news agency');
  });

  it('separates a person from the organisation named before them', () => {
    expect(
      one('Guards must be trained, the Director of Monitor for Civil Rights Omar Nasser said.'),
    ).toBe('Omar Nasser');
  });

  it('accepts an adverb between the speaker and the verb', () => {
    expect(one('Erdogan first demanded on Feb. 5 that the forces pull back.')).toBe('Erdogan');
  });

  it('resolves "he said" and "he added" to the nearest earlier named person', () => {
    expect(
      attribute([
        'The Monitor for Civil Rights said 20 people were detained.',
        'U.N. spokesman Pierre Lamy said the harvest had failed.',
        'At least 31 villages ran out of grain, he said.',
        'He added that the U.N. hopes to send 80 lorries a week.',
      ]),
    ).toEqual(['Monitor for Civil Rights', 'Pierre Lamy', 'Pierre Lamy', 'Pierre Lamy']);
  });

  it('resolves "she said" past an organisation to the person, and "they said" to the group', () => {
    expect(
      attribute([
        'Health minister Maria Lopez said 40 clinics had closed.',
        'The Red Cross said 12 of its staff were wounded.',
        'She said more closures were expected.',
        'They said the convoys would resume.',
      ]),
    ).toEqual(['Maria Lopez', 'Red Cross', 'Maria Lopez', 'Red Cross']);
  });

  it('leaves a pronoun unresolved when no speaker came before', () => {
    expect(attribute(['Ten soldiers were wounded, he said.'])).toEqual([null]);
  });

  it('gives no attribution to sentences without a source, to passives or to first person', () => {
    expect(
      attribute([
        'Two border guards were reportedly hurt on Tuesday.',
        'Power cuts were reported the next morning in 14 districts.',
        'I said we would cut the deficit.',
        'The states with the highest rates saw no change.',
      ]),
    ).toEqual([null, null, null, null]);
  });

  it('names the agent of ", reported by X," and "as reported by X"', () => {
    expect(one("Sunday's count of roughly 30 wounded, reported by the Kestrel Relief Network, was revised later.")).toBe(
      'Kestrel Relief Network',
    );
    expect(one('The figure of 14 arrests, released by city police, covers two nights.')).toBe('city police');
    expect(one('As reported by the Harbour Gazette, 200 homes lost power.')).toBe('Harbour Gazette');
  });

  it('reads the forms and verbs in any case, across line breaks and glued to punctuation', () => {
    expect(one('ACCORDING TO the Harbour Gazette, 200 homes lost power.')).toBe('Harbour Gazette');
    expect(one('Power failed in 200 homes, according\nto the Harbour Gazette.')).toBe('Harbour Gazette');
    expect(one('Power failed (according to the Harbour Gazette), and 200 homes went dark.')).toBe('Harbour Gazette');
    expect(one('The figure of 14 arrests, released\nBY city police, covers two nights.')).toBe('city police');
    expect(one('Fourteen people were arrested, city police SAID.')).toBe('city police');
    // the Kelvin sign lower-cases to "k": "as\u212Aed" is "asked", not a speech verb, and "\u212Aestrel" still a name
    expect(one('Thirty were wounded, the \u212Aestrel Relief Network said.')).toBe('\u212Aestrel Relief Network');
  });

  it('does not take "claimed the lives of N" or "claimed N lives" for speech', () => {
    expect(
      attribute([
        'Mortar fire from the hills has claimed dozens of lives this month.',
        'The landslide claimed the lives of nine villagers on Sunday.',
        'The epidemic claimed 300 lives in the region.',
      ]),
    ).toEqual([null, null, null]);
    expect(one('The rebels claimed that 40 soldiers had surrendered.')).toBe('rebels');
  });

  it('reads acronyms spelled like clause words: "the WHO said", "according to the WHO"', () => {
    expect(one('Measles cases doubled in a year, the WHO said.')).toBe('WHO');
    expect(one('According to the WHO, two vaccine doses give 97 percent protection.')).toBe('WHO');
    expect(one('Nurses who said they were unpaid walked out.')).toBe(null);
  });

  it('drops an acronym in brackets after an organisation', () => {
    expect(one('The Office for Coastal Safety (OCS) said 18 boats sank.')).toBe('Office for Coastal Safety');
    expect(one('The United Nations Children’s Fund (UNICEF) said 3 million children need help.')).toBe(
      'United Nations Children’s Fund',
    );
  });

  it('names the person between commas after a title: "the envoy, Name, said"', () => {
    expect(one('The regional health chief, Amira Duval, said that 70 beds were free.')).toBe('Amira Duval');
    expect(one('Its spokesman in the capital, Tomas Reyes, told reporters the port was shut.')).toBe('Tomas Reyes');
  });

  it('keeps whole organisation names with "and" or foreign lower-case words', () => {
    expect(one('Exports fell 4 percent, according to the Board of Trade and Industry.')).toBe('Board of Trade and Industry');
    expect(one('Médecins du Monde said 60 clinics had run out of insulin.')).toBe('Médecins du Monde');
    expect(one('Fundación por la Paz said 12 activists were missing.')).toBe('Fundación por la Paz');
  });

  it('gives the subject, not the clause, in "X condemned the attack and said"', () => {
    expect(one('The foreign ministry condemned the raid and said eight diplomats were hurt.')).toBe('foreign ministry');
    expect(one('Local officials visited the site on Monday and said 30 houses were destroyed.')).toBe('Local officials');
  });

  it('reads figure verbs: "put the crowd at N", "gave a lower figure"', () => {
    expect(one('Police put the crowd at 15,000.')).toBe('Police');
    expect(one('Organisers, however, put the turnout at nearly 60,000.')).toBe('Organisers');
    expect(one('The interior ministry gave a lower figure of 310 arrests.')).toBe('interior ministry');
    expect(one('She put the kettle on at 5 o’clock.')).toBe(null);
  });

  it('reads ", saying N" as the clause subject speaking', () => {
    expect(one('The army issued a statement on Friday, saying 22 militants had been killed.')).toBe('army');
    expect(one('In a post on Sunday, the coastguard raised the alarm, saying 50 people were adrift.')).toBe('coastguard');
  });

  it('returns one entry per span, in order', () => {
    const out = attribute(['A.', 'B said it.', 'C.']);

    expect(out).toHaveLength(3);
    expect(out[1]).toBe('B');
  });
});

describe('a source named inside brackets or quotes that close the sentence', () => {
  it.each([
    ['Rents rose 12 percent last year (according to the Harbour Gazette).', 'Harbour Gazette'],
    ['Ferry fares doubled in a year (according to the port authority).', 'port authority'],
    ['Ninety homes lost power [according to the grid operator].', 'grid operator'],
  ])('%s', (sentence, source) => {
    expect(attribute([sentence])).toEqual([source]);
  });
});
