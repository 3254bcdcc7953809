/**
 * The URL if it is http(s), else null: only such links are ever rendered or
 * written out. `httpUrl('javascript:alert(1)') === null`
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}
