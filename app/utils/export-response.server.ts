import { getDb } from '../../db/connection';
import { ClaimReviewRefusedError } from '../domain/export/claimreview-preflight';
import { ExportFilterError, flag, parseExportFilters } from '../domain/export/export-filters';
import { parsePaper } from '../domain/export/export-html';
import type { Chunks, ExportFormat } from '../domain/export/types';
import { prepareExport, type ExportFile } from '../services/export.server';
import { requireAccess } from './access.server';
import { statusOfError } from './error-response.server';

/** Chunks as a byte stream, pulled as the client reads (backpressure), closed early if it goes away. */
export function streamChunks(chunks: Chunks): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Gather small chunks into one write of ~64 kB.
      let buffered = '';
      while (buffered.length < 65536) {
        const next = await it.next();
        if (next.done) {
          if (buffered) controller.enqueue(encoder.encode(buffered));
          controller.close();
          return;
        }
        buffered += next.value;
      }
      controller.enqueue(encoder.encode(buffered));
    },
    async cancel() {
      await it.return?.();
    },
  });
}

/** `attachment; filename="x.md"` with an RFC 5987 form for non-ASCII names. */
export function contentDisposition(kind: 'attachment' | 'inline', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function exportResponse(file: ExportFile, kind: 'attachment' | 'inline'): Response {
  const headers = new Headers({
    'Content-Type': file.contentType,
    'Content-Disposition': contentDisposition(kind, file.filename),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
    // The printable HTML needs its inline styles and nothing else: no script can run even if escaping failed.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  });
  if (file.warnings.length) {
    headers.set('X-Claimdesk-Warnings', encodeURIComponent(file.warnings.slice(0, 20).join(' | ')));
  }
  return new Response(streamChunks(file.chunks), { status: 200, headers });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A refusal as a browser shows it: the same lines as a small page with the
 * way back to the article and, for the desk's own settings, to /admin/settings.
 */
function refusalPage(title: string, lines: string[], more: number, warnings: string[], back: string | null): Response {
  const list = (xs: string[]) => `<ul>${xs.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`;
  const settings = lines.some((m) => /\bsetting|site URL|organi[sz]ation/i.test(m));
  const links = `<p>${settings ? '<a href="/admin/settings">Open the desk settings</a> · ' : ''}${back ? `<a href="${escapeHtml(back)}">Back to the article</a>` : '<a href="/exports">Back to exports</a>'}</p>`;
  const body =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    '<style>body{font:15px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2933}h1{font-size:1.3rem}li{margin:.2rem 0}</style></head><body>' +
    `<h1>${escapeHtml(title)}</h1>${links}<p>Fix these and export again:</p>${list(lines)}${more > 0 ? `<p>… and ${more} more.</p>` : ''}` +
    (warnings.length ? `<h2>Warnings</h2>${list(warnings)}` : '') +
    '</body></html>';
  return new Response(body, {
    status: 422,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * The loader of every export route: editors only, filters from the query
 * string (400 when malformed), 404 for a missing article, 422 when the
 * ClaimReview pre-flight refuses.
 */
export async function exportLoader(
  request: Request,
  target: { articleId: number | null; format: ExportFormat; table?: 'claims' | 'figures' },
): Promise<Response> {
  const editor = await requireAccess(request, 'export.read');
  const params = new URL(request.url).searchParams;
  try {
    const filters = parseExportFilters(params, target.articleId);
    const table = target.table ?? (params.get('table') === 'figures' ? 'figures' : 'claims');
    const file = await prepareExport(getDb(), {
      filters,
      editor,
      now: new Date(),
      options: {
        format: target.format,
        table,
        bom: flag(params.get('bom')),
        paper: parsePaper(params.get('paper')),
        reviewUrl: params.get('url')?.trim() || null,
      },
    });
    return exportResponse(file, target.format === 'html' ? 'inline' : 'attachment');
  } catch (e) {
    if (e instanceof ClaimReviewRefusedError) {
      const shown = e.result.errors.slice(0, 50);
      const more = e.result.errors.length - shown.length;
      if (request.headers.get('Accept')?.includes('text/html')) {
        const back = target.articleId === null ? null : `/articles/${target.articleId}`;
        return refusalPage('ClaimReview export refused', shown, more, e.result.warnings.slice(0, 20), back);
      }
      return text(
        422,
        `ClaimReview export refused. Fix these and export again:\n${shown.map((m) => `- ${m}`).join('\n')}${more > 0 ? `\n… and ${more} more` : ''}` +
          (e.result.warnings.length ? `\n\nWarnings:\n${e.result.warnings.slice(0, 20).map((m) => `- ${m}`).join('\n')}` : ''),
      );
    }
    const status = statusOfError(e);
    if (status === null) throw e;
    return text(status, (e as Error).message);
  }
}
