import { WORD_NEIGHBOURS } from './word-neighbours';

let table: Map<string, Array<[string, number]>> | undefined;

/**
 * The stems close in meaning to a stem, with their cosine similarity
 * (0…1, best first), from the table distilled offline from generic English
 * word vectors (scripts/build-word-neighbours.ts); [] for a stem it does not
 * know. Parsed once, on first use.
 *
 * @example relatedStems('fire') → [['blaze', 0.8], …]
 */
export function relatedStems(stem: string): ReadonlyArray<[string, number]> {
  if (!table) {
    table = new Map();
    for (const line of WORD_NEIGHBOURS.split('\n')) {
      const [head, ...rest] = line.split(' ');
      if (!head || !rest.length) continue;
      table.set(
        head,
        rest.map((r) => {
          const i = r.lastIndexOf(':');
          return [r.slice(0, i), Number(r.slice(i + 1))] as [string, number];
        }),
      );
    }
  }
  return table.get(stem) ?? [];
}
