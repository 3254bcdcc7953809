import type { ArticleFormat } from '../extraction/types';
import { decodeText } from '../articles/decode-text';
import { ImportInputError } from '../articles/import-input';

/**
 * The article format a fetched page's Content-Type implies: HTML for
 * text/html and XHTML, text for text/plain and Markdown; null for anything
 * else (a PDF, an image, JSON), which is not imported.
 *
 * @example formatOfContentType('text/html; charset=utf-8') === 'html'
 */
export function formatOfContentType(contentType: string | null, bytes: Uint8Array): ArticleFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown' || type === 'text/x-markdown') return 'text';
  if (type === '' || type === 'application/octet-stream') {
    // No type given: look at the first bytes as browsers do.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
    return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'html' : null;
  }
  return null;
}

/**
 * The page's bytes as text: the charset the header (or an HTML `<meta
 * charset>`) names when it is not UTF-8, else UTF-8 with the Windows-1252
 * fallback uploads get.
 */
export function decodePage(bytes: Uint8Array, contentType: string | null, name: string): string {
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1];
  const charset = declared?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii' || charset === 'windows-1252' || charset === 'iso-8859-1') {
    return decodeText(bytes, name);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return decodeText(bytes, name);
  }
  if (bytes.includes(0) && !charset.startsWith('utf-16')) {
    throw new ImportInputError(`${name} looks like a binary file, not text or HTML`, 'url', 'unsupported');
  }
  return decoder.decode(bytes);
}
