/**
 * Words that name a settlement inside the article's area (see
 * ../settlement.ts), per language: "in the hill village of Brenna", "in
 * Lorn alone", "dans le village de Brenna", "solo en Lorn".
 */
import type { SettlementWords } from '../settlement';

export const EN_SETTLEMENTS: SettlementWords = {
  prepositions: ['in', 'at', 'near', 'inside'],
  articles: ['the'],
  nouns: ['village', 'hamlet', 'town', 'district', 'suburb', 'township', 'settlement'],
  linkers: ['of'],
  alone: { prepositions: ['in'], before: [], after: ['alone'] },
};

export const FR_SETTLEMENTS: SettlementWords = {
  prepositions: ['dans', 'à', 'près de', 'au sein de'],
  articles: ['le', 'la', "l'"],
  nouns: ['village', 'hameau', 'commune', 'ville', 'bourg', 'localité', 'quartier', 'arrondissement', 'banlieue'],
  linkers: ['de', "d'"],
  // "rien qu'à Lorn", "à Lorn seulement"
  alone: { prepositions: ['à'], before: ["rien qu'"], after: ['seulement', 'uniquement'] },
};

export const ES_SETTLEMENTS: SettlementWords = {
  prepositions: ['en', 'cerca de', 'dentro de'],
  articles: ['el', 'la'],
  nouns: ['pueblo', 'aldea', 'localidad', 'municipio', 'caserío', 'poblado', 'barrio', 'distrito', 'villa'],
  linkers: ['de'],
  // "solo en Lorn", "sólo en Lorn", "únicamente en Lorn"
  alone: { prepositions: ['en'], before: ['solo', 'sólo', 'solamente', 'únicamente'], after: [] },
};
