import type { LoaderFunctionArgs } from '@remix-run/node';
import type { ExportFormat } from '../domain/export/types';
import { exportLoader } from '../utils/export-response.server';

/** The files a selection can be exported as, by name. */
export const SELECTION_FILES: Record<string, { format: ExportFormat; table?: 'claims' | 'figures' }> = {
  'selection.md': { format: 'md' },
  'selection.html': { format: 'html' },
  'selection.csv': { format: 'csv', table: 'claims' },
  'figures.csv': { format: 'csv', table: 'figures' },
  'selection.json': { format: 'json' },
  'claimreview.json': { format: 'claimreview' },
};

/**
 * GET /exports/selection.md?status=verified&from=…&to=…&assignee=…&q=…&measure=…&drafts=1
 * (and .html, .csv, .json, figures.csv, claimreview.json): a selection across
 * articles, streamed. Editors only.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  // Own properties only: "constructor" or "__proto__" are no export.
  const name = params.file ?? '';
  const file = Object.hasOwn(SELECTION_FILES, name) ? SELECTION_FILES[name] : undefined;
  if (!file) {
    throw new Response(`No such export. Choose one of: ${Object.keys(SELECTION_FILES).join(', ')}`, { status: 404 });
  }
  return exportLoader(request, { articleId: null, ...file });
}
