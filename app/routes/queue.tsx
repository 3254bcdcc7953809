import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { bulkSignoff, type BulkSignoffResult } from '../services/claim-status.server';
import { requireAccess } from '../utils/access.server';
import { fieldErrorsOf, parseForm } from '../utils/form.server';
import { optionalText } from '../utils/form-fields';
import { getDb } from '../../db/connection';
import { loadQueue } from '../services/queue.server';
import { requireUser } from '../utils/session.server';
import { can } from '../utils/permissions';
import { StatusBadge } from '../components/status-badge';
import { PageErrorBoundary } from '../components/error-boundary';
import { Pagination } from '../components/pagination';
import { ChoiceFilter } from '../components/choice-filter';
import { listQuery } from '../utils/params';
import { hasFilters, QUEUE_SIGNOFFS, QueueQuery } from '../domain/lists/list-filters';
import { STATUSES } from '../domain/claims/status';
import { deskRatingLabel, RATING_SCALE } from '../domain/claims/rating';
import { FormError } from '../components/form-error';
import { deskRatingLabels } from '../services/desk-settings.server';

export const meta: MetaFunction = () => [{ title: 'My queue · Claimdesk' }];

/** `/queue?status=&rating=&assignee=&proposer=&signoff=&page=&mypage=`: bad values answer 400 with the reason. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = listQuery(new URL(request.url), QueueQuery);
  const db = getDb();
  const [queue, labels] = await Promise.all([loadQueue(db, { id: user.id, isEditor: can(user.role, 'claim.signoff') }, filters), deskRatingLabels(db)]);
  // The desk's names for the scale (/admin/settings), as the claim page and the exports show them.
  const named = <T extends { rating: string | null }>(items: T[]) => items.map((c) => ({ ...c, ratingShown: deskRatingLabel(c.rating, labels) }));
  return {
    ...queue,
    mine: named(queue.mine),
    awaiting: queue.awaiting ? named(queue.awaiting) : null,
    ratingOptions: RATING_SCALE.map((r) => ({ value: r.label, label: labels[r.value] ?? r.label })),
  };
}

/** A picked claim: "id:version", the version the editor saw in the queue. */
const picked = z.string().regex(/^[1-9]\d{0,14}:[1-9]\d{0,14}$/, 'The form lost which claims you picked; reload the queue');

/** Approve or send back the picked claims (each checked on its own). */
const BulkForm = z.object({
  intent: z.enum(['bulk-approve', 'bulk-return'], { errorMap: () => ({ message: 'Unknown action' }) }),
  pick: z.array(picked, { required_error: 'Pick at least one claim' }).min(1, 'Pick at least one claim').max(500, 'At most 500 claims at once'),
  comment: optionalText(2000),
});

interface BulkResult {
  error?: string;
  decision?: 'approve' | 'return';
  results?: BulkSignoffResult[];
}

/**
 * Editors approve or send back several claims at once. Each claim is
 * checked on its own against the version in the queue, the four-eyes rule
 * and completeness; the answer says, per claim, what was refused and why.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'claim.signoff');
  const { submission } = await parseForm(request, BulkForm);
  if (submission.status !== 'success') {
    return data<BulkResult>({ error: Object.values(fieldErrorsOf(submission))[0] ?? 'Pick at least one claim' }, { status: 400 });
  }
  const { intent, pick, comment } = submission.value;
  const decision = intent === 'bulk-approve' ? 'approve' : 'return';
  if (decision === 'return' && !comment) return data<BulkResult>({ error: 'Say why they go back: the comment is shown to the checkers' }, { status: 400 });
  const items = pick.map((p) => {
    const [claimId, version] = p.split(':').map(Number);
    return { claimId, version };
  });
  const results = await bulkSignoff(getDb(), { items, decision, comment: comment ?? undefined, actor: { id: user.id, now: new Date() } });
  return data<BulkResult>({ decision, results });
}

type Item = Awaited<ReturnType<typeof loader>>['mine'][number];

function QueueTable({ items, empty, label, pickable = false }: { items: Item[]; empty: React.ReactNode; label: string; pickable?: boolean }) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table className="grid queue-table" aria-label={label}>
      <thead>
        <tr>
          {pickable ? (
            <th>
              <span className="sr-only">Pick</span>
            </th>
          ) : null}
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
            {pickable ? (
              <td>
                <input type="checkbox" name="pick" value={`${c.id}:${c.version}`} aria-label={`Pick claim ${c.id}`} form="bulk-signoff" />
              </td>
            ) : null}
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
            <td>{c.ratingShown ?? '—'}</td>
            {/* The whole verdict: an editor approving from here signs off on what it says. */}
            <td className="queue-verdict">{c.verdict ?? '—'}</td>
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

type Loaded = Awaited<ReturnType<typeof loader>>;

/** "500+" for a count that reached the cap. */
function counted(n: number, cap: number): string {
  return n >= cap ? `${cap.toLocaleString('en')}+` : n.toLocaleString('en');
}

/** The total to page by: past the cap there is always a next page (the count stopped, the list did not). */
function pageable(total: number, cap: number, page: number, pageSize: number): number {
  return total >= cap ? Math.max(total, (page + 1) * pageSize) : total;
}

function QueueFilterForm({ filters, users, ratingOptions }: Pick<Loaded, 'filters' | 'users' | 'ratingOptions'>) {
  const people = users.map((u) => ({ value: u.id, label: u.name }));
  return (
    <Form method="get" className="list-filters" aria-label="Filter the queue">
      <ChoiceFilter label="Status" name="status" value={filters.status} options={STATUSES} />
      <ChoiceFilter label="Rating" name="rating" value={filters.rating} options={ratingOptions} />
      <ChoiceFilter label="Assignee" name="assignee" value={filters.assignee} anyLabel="Anyone" options={[{ value: 'none', label: 'Unassigned' }, ...people]} />
      <ChoiceFilter label="Proposed by" name="proposer" value={filters.proposer} anyLabel="Anyone" options={people} />
      <ChoiceFilter label="Sign-off" name="signoff" value={filters.signoff} options={QUEUE_SIGNOFFS} />
      <button type="submit">Filter</button>
      {hasFilters(filters) ? <Link to="/queue">Clear filters</Link> : null}
    </Form>
  );
}

export default function Queue() {
  const { mine, awaiting, incomplete, returned, mineTotal, awaitingTotal, page, mypage, pageSize, countCap, filters, users, ratingOptions } = useLoaderData<typeof loader>();
  const incompleteView = filters.signoff === 'incomplete';
  const bulk = useActionData<typeof action>() as BulkResult | undefined;
  const refused = bulk?.results?.filter((r) => !r.ok) ?? [];
  const done = bulk?.results?.filter((r) => r.ok).length ?? 0;
  return (
    <main className="page">
      <QueueFilterForm filters={filters} users={users} ratingOptions={ratingOptions} />
      {awaiting ? (
        <section aria-label="Awaiting sign-off">
          <h1>
            {incompleteView ? 'Proposed, incomplete' : 'Awaiting sign-off'} ({counted(awaitingTotal, countCap)})
          </h1>
          {incomplete && !incompleteView ? (
            <p className="muted">
              {counted(incomplete, countCap)} more proposed verdict{incomplete === 1 ? ' is' : 's are'} incomplete (no verdict, or no evidence) and stay with
              their checkers until they are (<Link to="/queue?signoff=incomplete">list them</Link>).
            </p>
          ) : null}
          <FormError message={bulk?.error} />
          {bulk?.results ? (
            <div role="status" className="bulk-report">
              <p>
                {done} {bulk.decision === 'approve' ? 'approved' : 'sent back'}
                {refused.length ? `, ${refused.length} refused:` : '.'}
              </p>
              {refused.length ? (
                <ul>
                  {refused.map((r) => (
                    <li key={r.claimId}>
                      <Link to={`/claims/${r.claimId}`}>Claim {r.claimId}</Link>: {r.error}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {awaiting.length && !incompleteView ? (
            <Form method="post" id="bulk-signoff" className="bulk-form">
              <button type="submit" name="intent" value="bulk-approve" className="primary">
                Approve picked
              </button>
              <input name="comment" placeholder="Why they go back (for Send back)" aria-label="Comment for the checkers" maxLength={2000} />
              <button type="submit" name="intent" value="bulk-return">
                Send back picked
              </button>
            </Form>
          ) : null}
          <QueueTable
            items={awaiting}
            label="Awaiting sign-off"
            empty={
              filters.signoff === 'approved' || filters.signoff === 'none' || filters.signoff === 'sent-back' ? (
                <>
                  This list holds only proposals waiting for an editor. Every signed-off claim of the desk is on{' '}
                  <Link to="/articles?progress=signed-off">Articles, signed off</Link> and in <Link to="/exports">Exports</Link>.
                </>
              ) : hasFilters(filters) ? (
                'No proposal awaiting sign-off matches these filters.'
              ) : (
                'No verdicts are waiting for an editor.'
              )
            }
            pickable={!incompleteView}
          />
          <Pagination page={page} pageSize={pageSize} total={pageable(awaitingTotal, countCap, page, pageSize)} label="Pages awaiting sign-off" />
        </section>
      ) : null}
      <section aria-label="My queue">
        <h1>My queue ({counted(mineTotal, countCap)})</h1>
        {returned ? (
          <p className="form-error">
            {counted(returned, countCap)} of your claims {returned === 1 ? 'was' : 'were'} sent back by an editor.
          </p>
        ) : null}
        <QueueTable
          items={mine}
          label="My queue"
          empty={
            filters.signoff === 'approved'
              ? 'None of the claims assigned to you is signed off. This queue holds your own claims; the whole desk’s signed-off claims are on Articles (signed off) and in Exports.'
              : hasFilters(filters)
              ? 'Nothing in your queue matches these filters.'
              : 'Nothing is assigned to you. Claims you assign to yourself, and claims sent back on a status you proposed, appear here.'
          }
        />
        <Pagination page={mypage} pageSize={pageSize} total={pageable(mineTotal, countCap, mypage, pageSize)} param="mypage" label="Pages of my queue" />
      </section>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
