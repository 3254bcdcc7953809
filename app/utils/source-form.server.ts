import type { SourceFields } from '../services/sources.server';

/** The source fields of a posted form (missing fields read as empty). */
export function sourceFieldsOf(form: FormData): SourceFields {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : '';
  };
  return {
    url: s('url'),
    title: s('title'),
    publisher: s('publisher'),
    kind: s('kind'),
    publishedAt: s('publishedAt'),
    accessedAt: s('accessedAt'),
    archivedUrl: s('archivedUrl'),
    notes: s('notes'),
  };
}
