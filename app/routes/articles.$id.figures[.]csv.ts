import type { LoaderFunctionArgs } from '@remix-run/node';
import { exportLoader } from '../utils/export-response.server';
import { idParam } from '../utils/params';

/** GET /articles/:id/figures.csv: one row per figure of the exported claims. Editors only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return exportLoader(request, { articleId: idParam(params.id, 'Article'), format: 'csv', table: 'figures' });
}
