import { describe, expect, it } from 'vitest';
import { scoreCheckworthiness, type CheckworthinessHints } from '~/domain/extraction/checkworthiness';

const none: CheckworthinessHints = { figures: 0, attribution: null };
const score = (text: string, hints: CheckworthinessHints = none) => scoreCheckworthiness(text, hints);

describe('scoreCheckworthiness', () => {
  it('picks a sentence with a count of casualties and says it holds a figure', () => {
    const r = score('Clashes between Syrian and Turkish troops have killed 18 Turkish soldiers.', { figures: 1, attribution: null });

    expect(r.checkworthy).toBe(true);
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.reasons.join(' | ')).toMatch(/contains a figure \("18"\)/);
    expect(r.reasons.join(' | ')).toMatch(/past event with a number/);
  });

  it('picks statistics and comparisons made in speech', () => {
    const stat = score('Unemployment has been above 8 percent for 43 straight months.');
    const comparison = score('Under this administration inflation rose to three times the rate we had before.');

    expect(stat.checkworthy).toBe(true);
    expect(stat.reasons.join(' ')).toMatch(/statistic|percentage/);
    expect(comparison.checkworthy).toBe(true);
    expect(comparison.reasons.join(' ')).toMatch(/comparison/);
  });

  it('picks an attributed factual statement without a number', () => {
    const r = score('Opposition activists said regime forces shelled a Turkish military convoy near the village of Bara.', {
      figures: 0,
      attribution: 'Opposition activists',
    });

    expect(r.checkworthy).toBe(true);
    expect(r.reasons).toContain('attributed to Opposition activists');
  });

  it('ranks the factual sentence above the opinion on the same subject', () => {
    const fact = score('The government cut federal aid to schools by $2 billion in 2019.');
    const opinion = score('I think the government has the wrong idea about schools.');

    expect(fact.checkworthy).toBe(true);
    expect(opinion.checkworthy).toBe(false);
    expect(fact.score).toBeGreaterThan(opinion.score);
    expect(opinion.reasons.join(' ')).toMatch(/opinion \("i think"\)/);
  });

  it('does not pick a question, and says so', () => {
    const r = score('How are we going to pay for all of this?');

    expect(r.checkworthy).toBe(false);
    expect(r.reasons).toContain('a question');
  });

  it('treats an indirect question opened after a colon as a question', () => {
    const r = score('Two questions: how do you expect families to cope and why should anyone believe it.');

    expect(r.reasons).toContain('a question');
    expect(r.checkworthy).toBe(false);
  });

  it('still picks a rhetorical "do you know that" question that asserts a number', () => {
    const r = score('Do you know that the deficit has tripled in the last five years?');

    expect(r.reasons).not.toContain('a question');
    expect(r.checkworthy).toBe(true);
  });

  it('does not pick a prediction or an intention', () => {
    const prediction = score('Officials said clear results were unlikely before the summit.');
    const intention = score("We're going to bring the tax rates down and that will help the middle class.");

    expect(prediction.checkworthy).toBe(false);
    expect(prediction.reasons.join(' ')).toMatch(/prediction or intention \("unlikely"\)/);
    expect(intention.checkworthy).toBe(false);
  });

  it('does not pick a call to action', () => {
    const r = score('We have to invest in science and technology, and we must do it now.');

    expect(r.checkworthy).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/says what should be done/);
  });

  it('does not pick a quote of feelings, and names it as such', () => {
    const r = score('He posted a video with a fighter saying he was "proud and happy to be home."');

    expect(r.checkworthy).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/quote of feelings or opinion/);
  });

  it('does not pick a sentence that is too short to state a claim', () => {
    const r = score('Let me finish.');

    expect(r.checkworthy).toBe(false);
    expect(r.reasons).toContain('too short');
  });

  it('does not count dates, clock times or durations as figures', () => {
    for (const text of [
      'The talks began on Feb. 5 in Ankara and ended at 5 p.m.',
      'Hostilities spiked in the last 48 hours, officials in the region told reporters.',
      'The road was reopened in 2012 after repairs.',
    ]) {
      expect(score(text).reasons.join(' ')).not.toMatch(/contains a figure/);
    }
  });

  it('scores the claim after a framing colon', () => {
    const r = score("The last thing I'd like to say is this: the grain deal cost farmers $300 million in 1972.");

    expect(r.checkworthy).toBe(true);
    expect(r.reasons.join(' ')).toMatch(/\$300/);
  });

  it('keeps the score in [0, 1] for extreme inputs', () => {
    const many = score('Well, I think, I hope, I believe, I feel we should, must, will, would? ');
    const lots = score(
      'According to the U.N., 948,000 people were killed, wounded and displaced, up from 300 a year earlier, in Idlib, Aleppo and Hama.',
      { figures: 4, attribution: 'U.N.' },
    );
    const empty = score('');

    for (const r of [many, lots, empty]) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    expect(lots.checkworthy).toBe(true);
    expect(many.checkworthy).toBe(false);
    expect(empty.checkworthy).toBe(false);
  });

  it('uses the figure reader when the words alone show no number', () => {
    const without = score('Regime forces seized several villages in the south.');
    const withReader = score('Regime forces seized several villages in the south.', { figures: 1, attribution: null });

    expect(withReader.score).toBeGreaterThan(without.score);
    expect(withReader.reasons).toContain('contains a figure');
  });

  it("picks what the other side voted for or said, and names it as their record", () => {
    const voted = score('You voted for the war in Iraq, and you supported the surge.');
    const said = score('You said we can just muddle through in Afghanistan.');

    expect(voted.checkworthy).toBe(true);
    expect(voted.reasons.join(' ')).toMatch(/what someone else said or did \("you voted"\)/);
    // what the opponent said they would do is on the record: no penalty for the modal they used
    expect(said.checkworthy).toBe(true);
    expect(said.reasons.join(' ')).not.toMatch(/says what should be done/);
  });

  it('still treats a forecast reported by a named source as a forecast', () => {
    const r = score('He said clear results were unlikely until the summit.', { figures: 0, attribution: 'Turkish official' });

    expect(r.checkworthy).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/prediction or intention/);
  });

  it("does not pick a speaker's promise, and says it is one", () => {
    const r = score("We will bring new industries to every town and we're going to win.");

    expect(r.checkworthy).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/a promise \("we will"\)/);
  });

  it('does not read the verb after a promise as a past event', () => {
    const r = score("I'm going to cut the red tape that holds back small firms.");

    expect(r.reasons.join(' ')).not.toMatch(/reports what happened/);
    expect(r.checkworthy).toBe(false);
  });

  it('picks what a policy would do, unlike what the speaker would do', () => {
    const effect = score('Your plan would cut Medicare by 716 billion dollars.');
    const wish = score('I would like to see more people working together.');

    expect(effect.checkworthy).toBe(true);
    expect(effect.reasons.join(' ')).toMatch(/what a policy would do/);
    expect(wish.checkworthy).toBe(false);
  });

  it('lowers a hedged statement and says it is hedged', () => {
    const plain = score('There were more than 40 recommendations in the report.');
    const hedged = score('There were maybe more than 40 recommendations in the report.');

    expect(hedged.score).toBeLessThan(plain.score);
    expect(hedged.reasons.join(' ')).toMatch(/hedged \("maybe"\)/);
  });

  it('does not pick procedural talk of a debate, even with a number of seconds', () => {
    for (const text of [
      'Thank you very much, and good evening to everyone watching at home tonight.',
      'Senator, you have 90 seconds for your rebuttal, please.',
    ]) {
      const r = score(text);
      expect(r.checkworthy).toBe(false);
      expect(r.reasons.join(' ')).toMatch(/procedural talk/);
      expect(r.reasons.join(' ')).not.toMatch(/contains a figure \("90"\)/);
    }
  });

  it('lowers a sentence that opens on a condition', () => {
    const r = score('If the council lowers the fees, more families will sign up.');

    expect(r.checkworthy).toBe(false);
    expect(r.reasons).toContain('a hypothesis ("if")');
  });

  it('counts a year and a record comparison as signs of a historical fact', () => {
    const r = score('In 1982 unemployment reached its highest level in history.');

    expect(r.checkworthy).toBe(true);
    expect(r.reasons).toContain('dated ("1982")');
    expect(r.reasons.join(' ')).toMatch(/a comparison/);
  });

  it('picks a subject with a verb in the simple past that no word list names', () => {
    const r = score('They quietly relocated the regional headquarters to the coast.');
    const withPast = score('They relocated the regional headquarters to the coast.');

    expect(withPast.reasons).toContain('says what was done ("they relocated")');
    expect(withPast.score).toBeGreaterThan(r.score);
  });
});
