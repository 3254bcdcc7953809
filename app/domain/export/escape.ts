export { httpUrl } from '../http-url';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML text and quoted attributes: `escapeHtml('<b>') === '&lt;b&gt;'`. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON that stays inert when pasted into `<script type="application/ld+json">`:
 * every `<` is written `\u003c` (the same string to a JSON reader), so claim
 * text holding `</script>` or `<!--` cannot end the script element.
 * `scriptSafeJson({ a: '</script>' }) === '{"a":"\\u003c/script>"}'`.
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
}

/**
 * Inline Markdown text that renders as written: punctuation that would start
 * emphasis, links, code, tables or raw HTML is backslash-escaped, and line
 * breaks become spaces. `escapeMarkdown('*x* <b>') === '\\*x\\* \\<b\\>'`.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/~~/g, '\\~\\~')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2')
    .replace(/^([+\-=#])(?=\s|#)/, '\\$1');
}

/** A URL for a Markdown link target: only http(s), with spaces and parentheses encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
}

