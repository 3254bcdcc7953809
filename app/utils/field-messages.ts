import type { FieldMetadata } from '@conform-to/react';

/**
 * Each named field's first message from Conform's useForm (the server's
 * answer or the browser's own check), for components that take plain
 * `errors` by field name.
 */
export function fieldMessages<N extends string>(fields: { [K in N]?: FieldMetadata<unknown> }, names: readonly N[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, fields[name]?.errors?.[0]]));
}
