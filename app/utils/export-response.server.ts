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
