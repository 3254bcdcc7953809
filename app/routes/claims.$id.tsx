import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Link, useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { parseStatus, statusLabel } from '../domain/claims/status';
import { loadClaimPage } from '../services/claim-page.server';
import { NotFoundError, setClaimStatus, StaleEditError } from '../services/claim-status.server';
import { requireRole, requireUser } from '../utils/session.server';
import { idParam } from '../utils/params';
import { ClaimPanel } from '../components/claim-panel';
import { GeneralErrorBoundary } from '../components/error-boundary';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Claim ${data.claim.id} · Claimdesk` : 'Claim · Claimdesk' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = idParam(params.id, 'Claim');
  try {
    return await loadClaimPage(getDb(), id);
  } catch (e) {
    if (e instanceof NotFoundError) throw new Response(`Claim ${id} does not exist.`, { status: 404 });
    throw e;
  }
}

type ActionResult = { error?: string; status?: string; version?: number };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, 'checker');
  const id = idParam(params.id, 'Claim');
  const form = await request.formData();
  if (form.get('intent') !== 'status') {
    return data<ActionResult>({ error: 'Unknown action' }, { status: 400 });
  }
  const status = parseStatus(form.get('status'));
  if (!status) {
    return data<ActionResult>({ error: `"${String(form.get('status') ?? '')}" is not a status` }, { status: 400 });
  }
  const rawVersion = form.get('version');
  const version = rawVersion === null || rawVersion === '' ? null : Number(rawVersion);
  if (version !== null && !Number.isInteger(version)) {
    return data<ActionResult>({ error: 'The form was sent with a broken version number' }, { status: 400 });
  }
  try {
    const result = await setClaimStatus(getDb(), { claimId: id, status, version, actorId: user.id, now: new Date() });
    const to = form.get('redirectTo');
    if (typeof to === 'string' && to.startsWith('/') && !to.startsWith('//')) return redirect(to);
    return data<ActionResult>(result);
  } catch (e) {
    if (e instanceof NotFoundError) throw new Response(`Claim ${id} does not exist.`, { status: 404 });
    if (e instanceof StaleEditError) {
      return data<ActionResult>(
        {
          error: `Someone else changed this claim first: it is now "${statusLabel(e.current.status)}". Your change was not saved; choose again.`,
          version: e.current.version,
        },
        { status: 409 },
      );
    }
    throw e;
  }
}

export default function ClaimPage() {
  const { claim, figures, revisions } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<ActionResult>({ key: `status-${claim.id}` });
  const actionData = useActionData<typeof action>();
  return (
    <main className="page claim-page">
      <p className="crumbs">
        <Link to={`/articles/${claim.articleId}?claim=${claim.id}`}>← {claim.articleTitle}</Link>
      </p>
      <h1>Claim {claim.id}</h1>
      {actionData?.error ? (
        <p className="form-error" role="alert">
          {actionData.error}
        </p>
      ) : null}
      <ClaimPanel claim={claim} figures={figures} fetcher={fetcher} redirectTo={`/claims/${claim.id}`} showLink={false} />
      <h2>History</h2>
      {revisions.length === 0 ? (
        <p className="empty">No changes yet.</p>
      ) : (
        <ol className="history">
          {revisions.map((r) => (
            <li key={r.id}>
              <time dateTime={r.at}>{r.at.replace('T', ' ').slice(0, 16)}</time> <strong>{r.actor}</strong>{' '}
              {r.action === 'status'
                ? `changed the status from ${statusLabel(String(r.before?.status))} to ${statusLabel(String(r.after?.status))}`
                : r.action}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

export function ErrorBoundary() {
  return (
    <main className="page">
      <GeneralErrorBoundary />
    </main>
  );
}
