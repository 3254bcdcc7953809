import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { claimTimeline } from '../services/history.server';
import { requireUser } from '../utils/session.server';
import { errorToResponse } from '../utils/error-response.server';
import { idParam } from '../utils/params';
import { DiffView } from '../components/diff-view';
import { PageErrorBoundary } from '../components/error-boundary';
import { describeChange, describeAction } from '../utils/describe-change';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `History of claim ${data.claim.id} · Claimdesk` : 'History · Claimdesk' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = idParam(params.id, 'Claim');
  return claimTimeline(getDb(), id).catch((e) => {
    throw errorToResponse(e);
  });
}

export default function ClaimHistory() {
  const { claim, entries } = useLoaderData<typeof loader>();
  return (
    <main className="page">
      <p className="crumbs">
        <Link to={`/claims/${claim.id}`}>← Claim {claim.id}</Link> · {claim.articleTitle}
      </p>
      <h1>History of claim {claim.id}</h1>
      <p className="muted">
        Every change, oldest first. Each entry holds the hash of the one before it; <code>npm run history:verify</code>{' '}
        checks the whole chain.
      </p>
      <ol className="timeline">
        {entries.map((e) => (
          <li key={e.id} className={`entry action-${e.action}`}>
            <div className="entry-head">
              <time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time>
              <strong>{e.actor}</strong>
              <span>{describeAction(e.action, e.sourceTitle)}</span>
              <code className="hash" title={e.hash}>
                #{e.hash.slice(0, 10)}
              </code>
            </div>
            {e.diffs.map((d) => (
              <p key={d.field} className="entry-diff">
                <span className="field">{d.field}:</span> <DiffView parts={d.parts} />
              </p>
            ))}
            {e.changes.length ? (
              <ul className="entry-changes">
                {e.changes.map((c) => (
                  <li key={c.field}>{describeChange(c.field, c.before, c.after)}</li>
                ))}
              </ul>
            ) : null}
            {e.note ? <p className="note">Note: {e.note}</p> : null}
            {e.restorableWording ? (
              <Form method="post" action={`/claims/${claim.id}`}>
                <input type="hidden" name="intent" value="restore-wording" />
                <input type="hidden" name="revisionId" value={e.id} />
                <input type="hidden" name="version" value={claim.version} />
                <input type="hidden" name="redirectTo" value={`/claims/${claim.id}/history`} />
                <button type="submit" className="link-like">
                  Restore this wording
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ol>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
