import type { Language } from './types';
import { ENGLISH } from './en/english';
import { FRENCH } from './fr/french';
import { SPANISH } from './es/spanish';
import { TURKISH } from './tr/turkish';
import { ARABIC } from './ar/arabic';

/** Every language with its own word lists, by BCP 47 primary subtag. */
const LANGUAGES: ReadonlyMap<string, Language> = new Map([ENGLISH, FRENCH, SPANISH, TURKISH, ARABIC].map((l) => [l.code, l]));

/**
 * The word lists for a BCP 47 tag ("en", "en-GB", "fr-FR"), or null when
 * Claimdesk has none for that language (the caller then says so in a notice
 * rather than reading the text with English rules).
 *
 * @example languageFor('en-GB')?.code // 'en'
 */
export function languageFor(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.get(primary) ?? null;
}

/** The language read when an article gives none: English. */
export const DEFAULT_LANGUAGE: Language = ENGLISH;
