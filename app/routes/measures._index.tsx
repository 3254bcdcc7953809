import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { SCOPE_LABEL } from '../domain/measures/figure-scope';
import { acceptSuggestion, loadMeasureList, rejectSuggestion } from '../services/measures.server';
import { NotFoundError, RuleError } from '../services/errors';
import { requireRole, requireUser } from '../utils/session.server';
import { describeInterval } from '../utils/describe-interval';
import { GeneralErrorBoundary } from '../components/error-boundary';
import { VerdictBadge } from '../components/verdict-badge';

export const meta: MetaFunction = () => [{ title: 'Measures · Claimdesk' }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return loadMeasureList(getDb());
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, 'checker');
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  const suggestionId = Number(form.get('suggestion'));
  if (intent !== 'accept' && intent !== 'reject') return data({ error: 'Unknown action' }, { status: 400 });
  if (!Number.isInteger(suggestionId) || suggestionId < 1) return data({ error: 'Which suggestion? The form lost its id.' }, { status: 400 });
  const actor = { id: user.id, now: new Date() };
  try {
    if (intent === 'accept') {
      const label = String(form.get('label') ?? '').slice(0, 200);
      const measureId = await acceptSuggestion(getDb(), { suggestionId, label, actor });
      return redirect(`/measures/${measureId}`);
    }
    await rejectSuggestion(getDb(), { suggestionId, actor });
    return redirect('/measures');
  } catch (e) {
    if (e instanceof NotFoundError) return data({ error: 'That suggestion does not exist.' }, { status: 404 });
    if (e instanceof RuleError) return data({ error: e.message }, { status: 422 });
    throw e;
  }
}

export default function Measures() {
  const { measures, suggestions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  return (
    <main className="page measures-page">
      <div className="page-head">
        <h1>Measures</h1>
        <p className="muted">
          Quantities that competing figures estimate; verdicts are computed from the intervals.{' '}
          <Link to="/measures/conventions">Conventions for vague words</Link>
        </p>
      </div>
      {result?.error ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      <section aria-labelledby="measures-h">
        <h2 id="measures-h">Measures ({measures.length})</h2>
        {measures.length === 0 ? (
          <p className="empty">None yet: accept a suggestion below.</p>
        ) : (
          <table className="grid measures-table">
            <thead>
              <tr>
                <th>Measure</th>
                <th>Figures</th>
                <th>Verdict</th>
                <th>Accepted estimate</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={`/measures/${m.id}`}>{m.label}</Link>
                  </td>
                  <td className="num">{m.members}</td>
                  <td>
                    <VerdictBadge verdict={m.verdict} />
                    {m.disjointPairs ? <span className="muted"> · {m.disjointPairs} disjoint pair{m.disjointPairs > 1 ? 's' : ''}</span> : null}
                  </td>
                  <td>{m.acceptedLow === null && m.acceptedHigh === null ? <span className="muted">none yet</span> : describeInterval(m.acceptedLow, m.acceptedHigh)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="suggestions-h">
        <h2 id="suggestions-h">Open suggestions ({suggestions.length})</h2>
        {suggestions.length === 0 ? <p className="empty">Nothing to decide.</p> : null}
        <ul className="suggestions">
          {suggestions.map((s) => (
            <li key={s.id} className="suggestion card" aria-label={`Suggestion: ${s.label}`}>
              <div className="suggestion-head">
                <strong>{s.measure ? <>Join “<Link to={`/measures/${s.measure.id}`}>{s.measure.label}</Link>”</> : <>New measure: {s.label}</>}</strong>{' '}
                <VerdictBadge verdict={s.verdict} />
              </div>
              <p className="muted reason">{s.reason}</p>
              {new Set(s.figures.map((f) => f.origin)).size === 1 ? (
                <p className="origin">
                  in {s.figures[0].articleId ? <Link to={`/articles/${s.figures[0].articleId}`}>{s.figures[0].origin}</Link> : s.figures[0].origin}
                </p>
              ) : null}
              <table className="grid compact">
                <tbody>
                  {s.figures.map((f) => (
                    <tr key={f.id} className={s.disjointPairs.some((p) => p.includes(f.id)) ? 'disjoint' : undefined}>
                      <td>{f.claimId ? <Link to={`/claims/${f.claimId}`}>{f.text}</Link> : f.text}</td>
                      <td className="num">{describeInterval(f.interval[0], f.interval[1])}</td>
                      <td className="muted">{f.scope ? SCOPE_LABEL[f.scope as keyof typeof SCOPE_LABEL] : ''}</td>
                      {new Set(s.figures.map((x) => x.origin)).size > 1 ? (
                        <td className="muted">{f.articleId ? <Link to={`/articles/${f.articleId}`}>{f.origin}</Link> : f.origin}</td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="suggestion-actions">
                <Form method="post" className="inline">
                  <input type="hidden" name="intent" value="accept" />
                  <input type="hidden" name="suggestion" value={s.id} />
                  {s.measure ? null : (
                    <label>
                      Label <input name="label" defaultValue={s.label[0].toUpperCase() + s.label.slice(1)} maxLength={200} size={34} />
                    </label>
                  )}
                  <button type="submit" className="primary" disabled={busy}>
                    Accept
                  </button>
                </Form>
                <Form method="post" className="inline">
                  <input type="hidden" name="intent" value="reject" />
                  <input type="hidden" name="suggestion" value={s.id} />
                  <button type="submit" disabled={busy}>
                    Reject
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      </section>
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
