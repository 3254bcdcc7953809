import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import { SCOPE_LABEL } from '../domain/measures/figure-scope';
import { VERDICT_LABEL } from '../domain/measures/measure-verdict';
import { attachFigure, detachFigure, editMeasure } from '../services/measure-edit.server';
import { loadMeasurePage } from '../services/measure-pages.server';
import { acceptSuggestion, rejectSuggestion } from '../services/measure-suggestion-decisions.server';
import { correctFigure } from '../services/figure-conventions.server';
import { requireUser } from '../utils/session.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse } from '../utils/error-response.server';
import { invalidForm, parseForm, replyOf } from '../utils/form.server';
import { EditMeasureForm, fieldsOf, MeasureAction } from '../utils/measure-form';
import { MeasureFields, type MeasureFieldSet } from '../components/measure-fields';
import { idParam } from '../utils/params';
import { describeInterval } from '../utils/describe-interval';
import { PageErrorBoundary } from '../components/error-boundary';
import { RangeChart } from '../components/range-chart';
import { VerdictBadge } from '../components/verdict-badge';
import { PreviousReading, RereadVersion } from '../components/previous-reading';
import { FormError } from '../components/form-error';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.measure.label} · Claimdesk` : 'Measure · Claimdesk' }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = idParam(params.id, 'Measure');
  const q = new URL(request.url).searchParams.get('q');
  return loadMeasurePage(getDb(), id, { q }).catch((e) => {
    throw errorToResponse(e);
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'measure.edit');
  const id = idParam(params.id, 'Measure');
  const { submission } = await parseForm(request, MeasureAction);
  if (submission.status !== 'success') return invalidForm(submission, { intent: String(submission.payload.intent ?? '') });
  const input = submission.value;
  const actor = { id: user.id, now: new Date() };
  const db = getDb();
  try {
    switch (input.intent) {
      case 'edit':
        await editMeasure(db, { measureId: id, version: input.version, fields: fieldsOf(input), actor });
        return redirect(`/measures/${id}`);
      case 'attach':
        await attachFigure(db, { measureId: id, figureId: input.figure, actor });
        // Stay on the same search, so several finds can be attached in a row.
        return redirect(`/measures/${id}${input.q ? `?q=${encodeURIComponent(input.q)}` : ''}#candidates`);
      case 'detach':
        await detachFigure(db, { measureId: id, figureId: input.figure, actor });
        return redirect(`/measures/${id}`);
      case 'correct':
        await correctFigure(db, { figureId: input.figure, low: input.low, high: input.high, actor });
        return redirect(`/measures/${id}`);
      case 'accept':
        await acceptSuggestion(db, { suggestionId: input.suggestion, actor });
        return redirect(`/measures/${id}`);
      case 'reject':
        await rejectSuggestion(db, { suggestionId: input.suggestion, actor });
        return redirect(`/measures/${id}`);
    }
  } catch (e) {
    return errorToResponse(e, { intent: input.intent, result: replyOf(submission) }, {
      stale: () => ({ error: 'Someone else edited this measure since you opened it. The page shows their values; your edit was not saved.' }),
    });
  }
}

const AGREEMENT_LABEL = { agrees: 'agrees', disagrees: 'outside', no_estimate: '—' } as const;

export default function MeasurePage() {
  const { measure, verdict, figures, suggestions, candidates, query } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const label = new Map(figures.map((f, i) => [f.id, `#${i + 1} ${f.text}`]));
  const disjoint = new Set(verdict.disjointPairs.flat());
  const otherScope = new Set(verdict.differentScopePairs.flat());
  const live = figures.filter((f) => !f.removed);
  const removedCount = figures.length - live.length;
  return (
    <main className="page measure-page">
      <p className="crumbs">
        <Link to="/measures">← Measures</Link>
      </p>
      <div className="page-head">
        <h1>{measure.label}</h1>
        <p className="verdict-line">
          <VerdictBadge verdict={verdict.verdict} />{' '}
          {verdict.verdict === 'consistent' && live.length > 1 ? <span>all {live.length} figures share at least one value</span> : null}
          {verdict.disjointPairs.length ? (
            <span>
              disjoint: {verdict.disjointPairs.map(([a, b]) => `${label.get(a)} vs ${label.get(b)}`).join('; ')}
            </span>
          ) : null}
          {verdict.differentScopePairs.length ? (
            <span className="muted"> · {verdict.differentScopePairs.length} pair{verdict.differentScopePairs.length > 1 ? 's' : ''} not compared (different scope)</span>
          ) : null}
          {removedCount ? (
            <span className="muted">
              {' '}
              · {removedCount} figure{removedCount > 1 ? 's' : ''} of removed claims not counted
            </span>
          ) : null}
        </p>
      </div>
      <p className="byline">
        {measure.unit}
        {measure.place ? ` · ${measure.place}` : ''}
        {measure.periodStart || measure.periodEnd ? ` · ${measure.periodStart ?? '…'} to ${measure.periodEnd ?? '…'}` : ''}
        {' · accepted estimate: '}
        {measure.acceptedLow === null && measure.acceptedHigh === null ? 'none yet' : describeInterval(measure.acceptedLow, measure.acceptedHigh)}
        {measure.rationale ? ` (${measure.rationale})` : ''}
      </p>
      <FormError message={result?.error} />
      {live.length ? (
        <RangeChart
          title={`Range chart: ${measure.label}`}
          accepted={{ low: measure.acceptedLow, high: measure.acceptedHigh }}
          figures={live.map((f) => ({ id: f.id, label: label.get(f.id)!, low: f.low, high: f.high, qualifier: f.qualifier, disjoint: disjoint.has(f.id), otherScope: otherScope.has(f.id) && !disjoint.has(f.id) }))}
        />
      ) : (
        <p className="empty">{figures.length ? 'Every figure on this measure belongs to a removed claim.' : 'No figures on this measure.'}</p>
      )}
      <table className="grid measure-figures">
        <caption className="sr-only">Figures on this measure</caption>
        <thead>
          <tr>
            <th>#</th>
            <th>As written</th>
            <th>Interval</th>
            <th>Read</th>
            <th>Scope</th>
            <th>Said by</th>
            <th>Date</th>
            <th>Where</th>
            <th>
              <abbr title="From where the figure comes: the source's kind, or for an article figure the sources that back its claim">Evidence grade</abbr>
            </th>
            <th>Estimate</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f, i) => (
            <tr key={f.id} className={f.removed ? 'removed' : disjoint.has(f.id) ? 'disjoint' : undefined}>
              <td className="num">{i + 1}</td>
              <td>
                <PreviousReading previous={f.previous} what="text" />
                {f.claimId ? <Link to={`/claims/${f.claimId}`} className={f.removed ? 'struck' : undefined}>{f.text}</Link> : f.text}
                <RereadVersion previous={f.previous} />
                {f.removed ? <span className="removed-note">claim removed: not counted until it is restored</span> : null}
              </td>
              <td className="num">
                <PreviousReading previous={f.previous} what="interval" />
                {describeInterval(f.low, f.high, f.qualifier)} <span className="qualifier">{f.qualifier.replace('_', ' ')}</span>
              </td>
              <td className="rule" title={f.corrected ? undefined : `Read by the rule ${f.rule}`}>
                {f.corrected ? <strong>set by hand</strong> : 'from the text'}
              </td>
              <td>{f.scope ? `${SCOPE_LABEL[f.scope]}${f.scopeDate ? ` (${f.scopeDate})` : ''}` : <span className="muted">unstated</span>}</td>
              <td>{f.attributionShown ?? <span className="muted">not stated</span>}</td>
              <td className="date">{f.date ?? <span className="muted">—</span>}</td>
              <td>
                {f.articleId ? <Link to={`/articles/${f.articleId}?claim=${f.claimId}`}>{f.origin}</Link> : f.sourceId ? <Link to={`/sources/${f.sourceId}`}>{f.origin}</Link> : f.origin}
              </td>
              <td className="grade">{f.grade.label}</td>
              <td className={`agreement agreement-${f.agreement}`}>{AGREEMENT_LABEL[f.agreement]}</td>
              <td className="row-actions">
                <details>
                  <summary>Correct</summary>
                  <Form method="post" className="inline correct-form">
                    <input type="hidden" name="intent" value="correct" />
                    <input type="hidden" name="figure" value={f.id} />
                    <label>
                      Low <input name="low" defaultValue={f.low ?? ''} size={9} inputMode="decimal" />
                    </label>
                    <label>
                      High <input name="high" defaultValue={f.high ?? ''} size={9} inputMode="decimal" />
                    </label>
                    <button type="submit">Save interval</button>
                  </Form>
                </details>
                <FigureButton intent="detach" figureId={f.id} className="link-like" label="Detach" aria-label={`Detach ${f.text}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {suggestions.length ? (
        <section aria-labelledby="m-suggestions">
          <h2 id="m-suggestions">Suggested for this measure</h2>
          <ul className="suggestions">
            {suggestions.map((s) => (
              <li key={s.id} className="suggestion card">
                {s.figures.map((f) => `${f.text} (${f.givenBy ? `given by ${f.givenBy}, ` : ''}${f.origin})`).join('; ')} · with it the verdict would be{' '}
                <strong>{VERDICT_LABEL[s.verdict]}</strong>
                <p className="muted reason">{s.reason}</p>
                <Form method="post" className="inline">
                  <input type="hidden" name="suggestion" value={s.id} />
                  <button type="submit" name="intent" value="accept" className="primary">
                    Accept
                  </button>{' '}
                  <button type="submit" name="intent" value="reject">
                    Reject
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card candidates" id="candidates" aria-labelledby="candidates-h">
        <div className="candidates-head">
          <h2 id="candidates-h">Attach a figure</h2>
          <Form method="get" className="inline candidate-search" role="search">
            <label>
              <span className="sr-only">Search figures</span>
              <input type="search" name="q" defaultValue={query ?? ''} placeholder="Figure text or article title" maxLength={200} size={30} />
            </label>
            <button type="submit">Search</button>
            {query ? <Link to={`/measures/${measure.id}#candidates`}>Clear</Link> : null}
          </Form>
        </div>
        <p className="muted hint">
          {query
            ? `Figures on no measure matching “${query}”, best match first.`
            : 'Figures on no measure, from any article or source, best match first: same event and counted class, then shared place/time words.'}
        </p>
        {candidates.length === 0 ? (
          <p className="empty">{query ? 'No free figure matches that search.' : 'No free figure of this kind; search for others.'}</p>
        ) : (
          <table className="grid compact candidate-table">
            <thead>
              <tr>
                <th>As written</th>
                <th className="num">Interval</th>
                <th>From</th>
                <th>Date</th>
                <th>Why it may belong</th>
                <th>
                  <span className="sr-only">Attach</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.id} className={`candidate${c.strong ? '' : ' weak'}`}>
                  <td>{c.claimId ? <Link to={`/claims/${c.claimId}`}>{c.text}</Link> : c.text}</td>
                  <td className="num">{describeInterval(c.interval[0], c.interval[1], c.qualifier)}</td>
                  <td className="origin">
                    {c.articleId ? <Link to={`/articles/${c.articleId}?claim=${c.claimId}`}>{c.origin}</Link> : c.sourceId ? <Link to={`/sources/${c.sourceId}`}>{c.origin}</Link> : c.origin}
                    {c.sourceId ? <span className="muted"> (source)</span> : null}
                  </td>
                  <td className="date">{c.date ?? <span className="muted">—</span>}</td>
                  <td className="muted reason">{c.reason}</td>
                  <td>
                    <FigureButton intent="attach" figureId={c.id} query={query} label="Attach" aria-label={`Attach ${c.text} (${c.origin})`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="measure-forms">
        <details className="card" open={result?.intent === 'edit'} key={`edit-${measure.version}`}>
          <summary>Edit measure and accepted estimate</summary>
          <EditForm measure={measure} lastResult={result?.intent === 'edit' && 'result' in result ? result.result : undefined} />
        </details>
      </div>
    </main>
  );
}

type LoadedMeasure = ReturnType<typeof useLoaderData<typeof loader>>['measure'];

/** The edit form: checked in the browser with the server's schema, answered by the server with the same field errors. */
function EditForm({ measure, lastResult }: { measure: LoadedMeasure; lastResult: SubmissionResult | undefined }) {
  const [form, fields] = useForm({
    id: `edit-measure-${measure.version}`,
    lastResult,
    defaultValue: {
      intent: 'edit',
      version: String(measure.version),
      label: measure.label,
      unit: measure.unit,
      place: measure.place ?? '',
      periodStart: measure.periodStart ?? '',
      periodEnd: measure.periodEnd ?? '',
      acceptedLow: measure.acceptedLow === null ? '' : String(measure.acceptedLow),
      acceptedHigh: measure.acceptedHigh === null ? '' : String(measure.acceptedHigh),
      rationale: measure.rationale ?? '',
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EditMeasureForm }),
    shouldRevalidate: 'onInput',
  });
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="edit" />
      <input type="hidden" name="version" value={measure.version} />
      <MeasureFields fields={fields as unknown as MeasureFieldSet} />
      <button type="submit" className="primary">
        Save measure
      </button>
    </Form>
  );
}

/** A one-button form that attaches a figure to this measure or detaches it (`query` keeps the candidates' search). */
function FigureButton(props: { intent: 'attach' | 'detach'; figureId: number; query?: string | null; label: string; 'aria-label': string; className?: string }) {
  return (
    <Form method="post" className="inline">
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="figure" value={props.figureId} />
      {props.query ? <input type="hidden" name="q" value={props.query} /> : null}
      <button type="submit" className={props.className} aria-label={props['aria-label']}>
        {props.label}
      </button>
    </Form>
  );
}

export const ErrorBoundary = PageErrorBoundary;
