import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { SCOPE_LABEL } from '../domain/measures/figure-scope';
import { createMeasure } from '../services/measure-edit.server';
import { figureForNewMeasure, loadMeasureList } from '../services/measure-pages.server';
import { acceptSuggestion, rejectSuggestion } from '../services/measure-suggestion-decisions.server';
import { parseMeasureFields, type FieldErrors } from '../domain/measures/measure-input';
import { requireUser } from '../utils/session.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse, invariantResponse } from '../utils/error-response.server';
import { describeInterval } from '../utils/describe-interval';
import { PageErrorBoundary } from '../components/error-boundary';
import { VerdictBadge } from '../components/verdict-badge';
import { readForm } from '../utils/form.server';

export const meta: MetaFunction = () => [{ title: 'Measures · Claimdesk' }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const url = new URL(request.url);
  const figureParam = url.searchParams.get('figure');
  const figureId = figureParam === null ? null : Number(figureParam);
  invariantResponse(figureId === null || (Number.isInteger(figureId) && figureId >= 1), 'The figure id must be a whole number.');
  const db = getDb();
  const figure =
    figureId === null
      ? null
      : await figureForNewMeasure(db, figureId).catch((e) => {
          throw errorToResponse(e);
        });
  return { ...(await loadMeasureList(db)), newMeasure: url.searchParams.has('new') || figure !== null, figure };
}

const FIELDS = ['label', 'unit', 'place', 'periodStart', 'periodEnd', 'acceptedLow', 'acceptedHigh', 'rationale'] as const;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'measure.edit');
  const form = await readForm(request);
  const intent = String(form.get('intent') ?? '');
  if (intent === 'create') return create(form, user.id);
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
    return errorToResponse(e, {});
  }
}

/** A measure made by hand: label, unit, optional place/window/estimate, optionally from one figure. */
async function create(form: FormData, userId: number) {
  const raw = Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? '')]));
  const figureRaw = String(form.get('figure') ?? '').trim();
  const figureId = figureRaw === '' ? null : Number(figureRaw);
  if (figureId !== null && (!Number.isInteger(figureId) || figureId < 1)) {
    return data({ intent: 'create', error: 'The figure id must be a whole number.', values: raw }, { status: 400 });
  }
  const parsed = parseMeasureFields(raw);
  if (!parsed.ok) return data({ intent: 'create', error: 'Please fix the marked fields.', errors: parsed.errors, values: raw }, { status: 400 });
  try {
    const id = await createMeasure(getDb(), { fields: parsed.value, figureIds: figureId ? [figureId] : [], actor: { id: userId, now: new Date() } });
    return redirect(`/measures/${id}`);
  } catch (e) {
    return errorToResponse(e, { intent: 'create', values: raw });
  }
}

export default function Measures() {
  const { measures, suggestions, newMeasure, figure } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  const creating = (result && 'intent' in result && result.intent === 'create') || newMeasure;
  return (
    <main className="page measures-page">
      <div className="page-head">
        <h1>Measures</h1>
        <p className="muted">
          Quantities that competing figures estimate; verdicts are computed from the intervals.{' '}
          <Link to="/measures/conventions">Conventions for vague words</Link>
        </p>
      </div>
      {result?.error && !(result && 'intent' in result) ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      <details className="card new-measure" open={creating}>
        <summary>New measure</summary>
        <NewMeasureForm figure={figure} result={result && 'intent' in result ? result : undefined} busy={busy} />
      </details>
      <section aria-labelledby="measures-h">
        <h2 id="measures-h">Measures ({measures.length})</h2>
        {measures.length === 0 ? (
          <p className="empty">None yet: accept a suggestion below, or make one with “New measure”.</p>
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

type NewFigure = Awaited<ReturnType<typeof loader>>['figure'];

function NewMeasureForm(props: {
  figure: NewFigure;
  result: { error?: string; errors?: FieldErrors; values?: Record<string, string> } | undefined;
  busy: boolean;
}) {
  const { figure, result } = props;
  const errors = result?.errors;
  const v = (k: (typeof FIELDS)[number], fallback = '') => result?.values?.[k] ?? fallback;
  return (
    <Form method="post" className="stack new-measure-form">
      <input type="hidden" name="intent" value="create" />
      {result?.error ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      {figure ? (
        figure.measureId !== null ? (
          <p className="form-error">
            “{figure.text}” is already on <Link to={`/measures/${figure.measureId}`}>a measure</Link>; detach it there first, or make this measure without it.
          </p>
        ) : (
          <p className="starting-figure">
            <input type="hidden" name="figure" value={figure.id} />
            Starts with <strong>{figure.text}</strong> ({describeInterval(figure.interval[0], figure.interval[1])}) from{' '}
            {figure.claimId ? <Link to={`/claims/${figure.claimId}`}>{figure.origin}</Link> : figure.origin}
            {figure.sentence ? <span className="muted"> · “{figure.sentence}”</span> : null}
          </p>
        )
      ) : null}
      <label>
        Label{' '}
        <input
          name="label"
          defaultValue={v('label', figure?.label ?? '')}
          maxLength={200}
          required
          placeholder="People displaced in Idlib since 1 Dec 2019"
          aria-invalid={!!errors?.label}
          aria-describedby={errors?.label ? 'new-label-error' : undefined}
        />
      </label>
      {errors?.label ? <span className="field-error" id="new-label-error">{errors.label}</span> : null}
      <div className="row">
        <label>
          Unit
          <select name="unit" defaultValue={v('unit', figure?.unit ?? 'count')}>
            <option value="count">count</option>
            <option value="percent">percent</option>
            <option value="money">money</option>
          </select>
        </label>
        <label>
          Place <input name="place" defaultValue={v('place')} maxLength={200} placeholder="optional" />
        </label>
        <label>
          From <input name="periodStart" type="date" defaultValue={v('periodStart')} aria-invalid={!!errors?.periodStart} />
        </label>
        <label>
          To <input name="periodEnd" type="date" defaultValue={v('periodEnd')} aria-invalid={!!errors?.periodEnd} />
        </label>
      </div>
      {errors?.periodStart || errors?.periodEnd ? <span className="field-error">{errors.periodStart ?? errors.periodEnd}</span> : null}
      <div className="row">
        <label>
          Accepted low <input name="acceptedLow" defaultValue={v('acceptedLow')} inputMode="decimal" placeholder="optional" aria-invalid={!!errors?.acceptedLow} />
        </label>
        <label>
          Accepted high <input name="acceptedHigh" defaultValue={v('acceptedHigh')} inputMode="decimal" placeholder="optional" aria-invalid={!!errors?.acceptedHigh} />
        </label>
      </div>
      {errors?.acceptedLow || errors?.acceptedHigh ? <span className="field-error">{errors.acceptedLow ?? errors.acceptedHigh}</span> : null}
      <label>
        Rationale <textarea name="rationale" defaultValue={v('rationale')} rows={2} placeholder="Why you accept this estimate (needed with low/high)" aria-invalid={!!errors?.rationale} />
      </label>
      {errors?.rationale ? <span className="field-error">{errors.rationale}</span> : null}
      <div>
        <button type="submit" className="primary" disabled={props.busy}>
          Create measure
        </button>
      </div>
    </Form>
  );
}

export const ErrorBoundary = PageErrorBoundary;
