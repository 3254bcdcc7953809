import type { LoaderFunctionArgs } from '@remix-run/node';
import { exportLoader } from '../utils/export-response.server';
import { idParam } from '../utils/params';

/**
 * GET /articles/:id/claimreview.json: schema.org ClaimReview JSON-LD, one per
 * signed-off claim; ?url= names the published page. 422 when the pre-flight
 * check refuses. Editors only.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return exportLoader(request, { articleId: idParam(params.id, 'Article'), format: 'claimreview' });
}
