import type { LoaderFunctionArgs } from '@remix-run/node';
import { getDb } from '../../db/connection';
import { loadSnapshot } from '../services/page-archive.server';
import { requireUser } from '../utils/session.server';
import { errorToResponse } from '../utils/error-response.server';
import { idParam } from '../utils/params';

/**
 * A fetched page's raw bytes, as evidence. Never served as a page of this
 * origin: always text/plain (the original type is in a header), no sniffing,
 * and a sandbox CSP, so a hostile snapshot cannot run script here. `?download=1`
 * saves the bytes as a file.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = idParam(params.id, 'Snapshot');
  const snapshot = await loadSnapshot(getDb(), id).catch((e: unknown) => {
    throw errorToResponse(e);
  });
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(snapshot.contentType ?? '')?.[1] ?? 'utf-8';
  const download = new URL(request.url).searchParams.get('download') === '1';
  return new Response(new Uint8Array(snapshot.bytes), {
    headers: {
      'Content-Type': download ? 'application/octet-stream' : `text/plain; charset=${/^[\w.:-]+$/.test(charset) ? charset : 'utf-8'}`,
      'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="snapshot-${snapshot.id}.${download ? 'bin' : 'txt'}"`,
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=0',
      'X-Snapshot-Url': encodeURI(snapshot.finalUrl),
      'X-Snapshot-Content-Type': (snapshot.contentType ?? '').replace(/[^\x20-\x7e]/g, ''),
      'X-Snapshot-Status': String(snapshot.status),
      'X-Snapshot-Fetched-At': snapshot.fetchedAt,
      'X-Snapshot-SHA256': snapshot.sha256,
    },
  });
}
