/**
 * Words that make a figure an addition to another (see ../increment.ts), per
 * language: "another 30", "200 autres personnes", "otros 12 cuerpos",
 * "30 muertos más", "5 قتلى آخرين".
 */
import type { IncrementWords } from '../increment';

export const EN_INCREMENTS: IncrementWords = {
  before: ['a further', 'another', 'an additional', 'an extra'].flatMap((w) => [w, `${w} estimated`]),
  after: ['more', 'others', 'other people', 'additional'],
};

export const FR_INCREMENTS: IncrementWords = {
  // "encore 12 corps" (12 more bodies), but "il reste encore 12 disparus" is still 12
  before: ['encore'],
  after: ['autres', 'supplémentaires', 'de plus'],
  notBefore: ['reste', 'restent', 'restait', 'restaient', 'y a', 'y avait', 'sont', 'étaient', 'est', 'était', 'toujours', 'manque', 'manquent'],
  notAfter: ['de plus en plus'],
};

export const ES_INCREMENTS: IncrementWords = {
  before: ['otros', 'otras'],
  after: ['más', 'adicionales'],
  // "entre otros 40 heridos" lists, it does not add
  notBefore: ['entre'],
  notAfter: ['más o menos', 'más de', 'más que nunca'],
};

/** Arabic writes "others" after the counted noun: "وأصيب 30 آخرون", "مقتل 5 أشخاص آخرين". */
export const AR_INCREMENTS: IncrementWords = {
  before: [],
  after: ['آخرون', 'آخرين', 'أخرى', 'إضافيين', 'إضافية', 'إضافي'],
};

/** Turkish puts "daha" (more) after the counted noun: "12 ceset daha", but "daha fazla" is "more than". */
export const TR_INCREMENTS: IncrementWords = {
  before: [],
  after: ['daha', 'ilave'],
  notAfter: ['daha fazla', 'daha az', 'daha çok'],
};
