export { httpUrl } from '../http-url';

const HTML_SPECIAL = /[&<>"']/;

/** Text safe inside HTML text and quoted attributes: `escapeHtml('<b>') === '&lt;b&gt;'`. */
export function escapeHtml(value: unknown): string {
  const s = String(value ?? '');
  if (!HTML_SPECIAL.test(s)) return s;
  // One pass over the text, copying the runs between special characters (an export escapes millions of strings).
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    let entity: string;
    switch (s.charCodeAt(i)) {
      case 38:
        entity = '&amp;';
        break;
      case 60:
        entity = '&lt;';
        break;
      case 62:
        entity = '&gt;';
        break;
      case 34:
        entity = '&quot;';
        break;
      case 39:
        entity = '&#39;';
        break;
      default:
        continue;
    }
    out += s.slice(from, i) + entity;
    from = i + 1;
  }
  return out + s.slice(from);
}

/**
 * JSON that stays inert when pasted into `<script type="application/ld+json">`:
 * every `<` is written `\u003c` (the same string to a JSON reader), so claim
 * text holding `</script>` or `<!--` cannot end the script element.
 * `scriptSafeJson({ a: '</script>' }) === '{"a":"\\u003c/script>"}'`.
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  return json.includes('<') ? json.replace(/</g, '\\u003c') : json;
}

// A character some rule of escapeMarkdown acts on, or a start that one of its anchored rules does.
const MARKDOWN_SPECIAL = /[\r\n\\`*_[\]<>|&~]|^[\d+\-=#]/;

/**
 * Inline Markdown text that renders as written: punctuation that would start
 * emphasis, links, code, tables or raw HTML is backslash-escaped, and line
 * breaks become spaces. `escapeMarkdown('*x* <b>') === '\\*x\\* \\<b\\>'`.
 */
export function escapeMarkdown(value: unknown): string {
  const s = String(value ?? '');
  // Most text has nothing any of the rules below would change.
  if (!MARKDOWN_SPECIAL.test(s)) return s;
  return s
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

