import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { loadQueue } from '../services/queue.server';
import { requireUser } from '../utils/session.server';
import { can } from '../utils/permissions';
import { StatusBadge } from '../components/status-badge';
import { PageErrorBoundary } from '../components/error-boundary';

export const meta: MetaFunction = () => [{ title: 'My queue · Claimdesk' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return loadQueue(getDb(), { id: user.id, isEditor: can(user.role, 'claim.signoff') });
}

type Item = Awaited<ReturnType<typeof loader>>['mine'][number];

function firstLine(text: string | null): string {
  return text ? text.split('\n')[0] : '—';
}

function QueueTable({ items, empty, label }: { items: Item[]; empty: string; label: string }) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table className="grid queue-table" aria-label={label}>
      <thead>
        <tr>
          <th>Status</th>
          <th>Claim</th>
          <th>Rating</th>
          <th>Verdict</th>
          <th>Proposed by</th>
          <th>Article</th>
          <th>Assignee</th>
          <th>Changed</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id} data-claim-id={c.id}>
            <td>
              <StatusBadge status={c.status} />
              {c.signoff === 'pending' && c.missing.length === 0 ? <span className="badge signoff-pending">awaiting sign-off</span> : null}
              {c.missing.length ? (
                <span className="badge signoff-incomplete" title={`Before an editor can approve it, it needs ${c.missing.join(' and ')}`}>
                  incomplete: needs {c.missing.join(', ')}
                </span>
              ) : null}
              {c.signoff === 'returned' ? <span className="badge signoff-returned">sent back</span> : null}
            </td>
            <td>
              <Link to={`/claims/${c.id}`}>{c.text}</Link>
              {c.signoff === 'returned' && c.signoffComment ? <blockquote className="return-comment">{c.signoffComment}</blockquote> : null}
            </td>
            <td>{c.rating ?? '—'}</td>
            <td className="verdict-line">{firstLine(c.verdict)}</td>
            <td>{c.proposer ?? '—'}</td>
            <td>
              <Link to={`/articles/${c.articleId}?claim=${c.id}`}>{c.articleTitle}</Link>
            </td>
            <td>{c.assignee ?? '—'}</td>
            <td className="nowrap">
              <time dateTime={c.updatedAt}>{c.updatedAt.slice(0, 16).replace('T', ' ')}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function Queue() {
  const { mine, awaiting, incomplete, returned } = useLoaderData<typeof loader>();
  return (
    <main className="page">
      {awaiting ? (
        <section aria-label="Awaiting sign-off">
          <h1>Awaiting sign-off ({awaiting.length})</h1>
          {incomplete ? (
            <p className="muted">
              {incomplete} more proposed verdict{incomplete === 1 ? ' is' : 's are'} incomplete (no verdict, or no evidence) and stay with
              their checkers until they are.
            </p>
          ) : null}
          <QueueTable items={awaiting} label="Awaiting sign-off" empty="No verdicts are waiting for an editor." />
        </section>
      ) : null}
      <section aria-label="My queue">
        <h1>My queue ({mine.length})</h1>
        {returned ? (
          <p className="form-error">
            {returned} of your claims {returned === 1 ? 'was' : 'were'} sent back by an editor.
          </p>
        ) : null}
        <QueueTable
          items={mine}
          label="My queue"
          empty="Nothing is assigned to you. Claims you assign to yourself, and claims sent back on a status you proposed, appear here."
        />
      </section>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
