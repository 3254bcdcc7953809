import type { LoaderFunctionArgs } from '@remix-run/node';
import { exportLoader } from '../utils/export-response.server';
import { idParam } from '../utils/params';

/** GET /articles/:id/export.csv: the article's signed-off claims (?drafts=1 adds drafts, marked). Editors only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return exportLoader(request, { articleId: idParam(params.id, 'Article'), format: 'csv' });
}
