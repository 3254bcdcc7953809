import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { parseMeasureFields, type FieldErrors } from '../domain/measures/measure-input';
import { SCOPE_LABEL } from '../domain/measures/figure-scope';
import { VERDICT_LABEL } from '../domain/measures/measure-verdict';
import { attachFigure, detachFigure, editMeasure } from '../services/measure-edit.server';
import { loadMeasurePage } from '../services/measure-pages.server';
import { acceptSuggestion, rejectSuggestion } from '../services/measure-suggestion-decisions.server';
import { correctFigure } from '../services/figure-conventions.server';
import { requireUser } from '../utils/session.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse } from '../utils/error-response.server';
import { idParam } from '../utils/params';
import { describeInterval } from '../utils/describe-interval';
import { PageErrorBoundary } from '../components/error-boundary';
import { RangeChart } from '../components/range-chart';
import { VerdictBadge } from '../components/verdict-badge';
import { readForm } from '../utils/form.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.measure.label} · Claimdesk` : 'Measure · Claimdesk' }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = idParam(params.id, 'Measure');
  const q = new URL(request.url).searchParams.get('q');
  return loadMeasurePage(getDb(), id, { q }).catch((e) => {
    throw errorToResponse(e);
  });
}

const FIELDS = ['label', 'unit', 'place', 'periodStart', 'periodEnd', 'acceptedLow', 'acceptedHigh', 'rationale'] as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'measure.edit');
  const id = idParam(params.id, 'Measure');
  const form = await readForm(request);
  const intent = String(form.get('intent') ?? '');
  const actor = { id: user.id, now: new Date() };
  const db = getDb();
  const figureId = Number(form.get('figure'));
  const needFigure = () => figureId;
  if (['attach', 'detach', 'correct'].includes(intent) && (!Number.isInteger(figureId) || figureId < 1)) {
    return data({ intent, error: 'Which figure? The form lost its id.' }, { status: 400 });
  }
  try {
    switch (intent) {
      case 'edit': {
        const raw = Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? '')]));
        const parsed = parseMeasureFields(raw);
        if (!parsed.ok) return data({ intent, error: 'Please fix the marked fields.', errors: parsed.errors, values: raw }, { status: 400 });
        const version = Number(form.get('version'));
        await editMeasure(db, { measureId: id, version, fields: parsed.value, actor });
        return redirect(`/measures/${id}`);
      }
      case 'attach': {
        await attachFigure(db, { measureId: id, figureId: needFigure(), actor });
        // Stay on the same search, so several finds can be attached in a row.
        const q = String(form.get('q') ?? '').trim().slice(0, 200);
        return redirect(`/measures/${id}${q ? `?q=${encodeURIComponent(q)}` : ''}#candidates`);
      }
      case 'detach':
        await detachFigure(db, { measureId: id, figureId: needFigure(), actor });
        return redirect(`/measures/${id}`);
      case 'correct':
        await correctFigure(db, { figureId: needFigure(), low: String(form.get('low') ?? ''), high: String(form.get('high') ?? ''), actor });
        return redirect(`/measures/${id}`);
      case 'accept':
      case 'reject': {
        const suggestionId = Number(form.get('suggestion'));
        if (!Number.isInteger(suggestionId) || suggestionId < 1) return data({ intent, error: 'Which suggestion? The form lost its id.' }, { status: 400 });
        if (intent === 'accept') await acceptSuggestion(db, { suggestionId, actor });
        else await rejectSuggestion(db, { suggestionId, actor });
        return redirect(`/measures/${id}`);
      }
      default:
        return data({ intent, error: 'Unknown action' }, { status: 400 });
    }
  } catch (e) {
    return errorToResponse(e, { intent }, {
      stale: () => ({ error: 'Someone else edited this measure since you opened it. The page shows their values; your edit was not saved.' }),
    });
  }
}

const AGREEMENT_LABEL = { agrees: 'agrees', disagrees: 'outside', no_estimate: '—' } as const;

export default function MeasurePage() {
  const { measure, verdict, figures, suggestions, candidates, query } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = (result && 'errors' in result ? result.errors : undefined) as FieldErrors | undefined;
  const values = result && 'values' in result ? (result.values as Record<string, string>) : undefined;
  const label = new Map(figures.map((f, i) => [f.id, `#${i + 1} ${f.text}`]));
  const disjoint = new Set(verdict.disjointPairs.flat());
  const otherScope = new Set(verdict.differentScopePairs.flat());
  const v = (k: (typeof FIELDS)[number], current: string | number | null) => values?.[k] ?? (current === null ? '' : String(current));
  return (
    <main className="page measure-page">
      <p className="crumbs">
        <Link to="/measures">← Measures</Link>
      </p>
      <div className="page-head">
        <h1>{measure.label}</h1>
        <p className="verdict-line">
          <VerdictBadge verdict={verdict.verdict} />{' '}
          {verdict.verdict === 'consistent' && figures.length > 1 ? <span>all {figures.length} figures share at least one value</span> : null}
          {verdict.disjointPairs.length ? (
            <span>
              disjoint: {verdict.disjointPairs.map(([a, b]) => `${label.get(a)} vs ${label.get(b)}`).join('; ')}
            </span>
          ) : null}
          {verdict.differentScopePairs.length ? (
            <span className="muted"> · {verdict.differentScopePairs.length} pair{verdict.differentScopePairs.length > 1 ? 's' : ''} not compared (different scope)</span>
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
      {result?.error ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      {figures.length ? (
        <RangeChart
          title={`Range chart: ${measure.label}`}
          accepted={{ low: measure.acceptedLow, high: measure.acceptedHigh }}
          figures={figures.map((f) => ({ id: f.id, label: label.get(f.id)!, low: f.low, high: f.high, disjoint: disjoint.has(f.id), otherScope: otherScope.has(f.id) && !disjoint.has(f.id) }))}
        />
      ) : (
        <p className="empty">No figures on this measure.</p>
      )}
      <table className="grid measure-figures">
        <caption className="sr-only">Figures on this measure</caption>
        <thead>
          <tr>
            <th>#</th>
            <th>As written</th>
            <th>Interval</th>
            <th>Rule</th>
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
            <tr key={f.id} className={disjoint.has(f.id) ? 'disjoint' : undefined}>
              <td className="num">{i + 1}</td>
              <td>{f.claimId ? <Link to={`/claims/${f.claimId}`}>{f.text}</Link> : f.text}</td>
              <td className="num">
                {describeInterval(f.low, f.high)} <span className="qualifier">{f.qualifier.replace('_', ' ')}</span>
              </td>
              <td className="rule">{f.corrected ? <strong>set by hand</strong> : f.rule}</td>
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
                <Form method="post" className="inline">
                  <input type="hidden" name="intent" value="detach" />
                  <input type="hidden" name="figure" value={f.id} />
                  <button type="submit" className="link-like" aria-label={`Detach ${f.text}`}>
                    Detach
                  </button>
                </Form>
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
                {s.figures.map((f) => f.text).join(', ')} <span className="muted">({s.figures.map((f) => f.origin).join(', ')})</span> · with it the verdict would be{' '}
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
                  <td className="num">{describeInterval(c.interval[0], c.interval[1])}</td>
                  <td className="origin">
                    {c.articleId ? <Link to={`/articles/${c.articleId}?claim=${c.claimId}`}>{c.origin}</Link> : c.sourceId ? <Link to={`/sources/${c.sourceId}`}>{c.origin}</Link> : c.origin}
                    {c.sourceId ? <span className="muted"> (source)</span> : null}
                  </td>
                  <td className="date">{c.date ?? <span className="muted">—</span>}</td>
                  <td className="muted reason">{c.reason}</td>
                  <td>
                    <Form method="post" className="inline">
                      <input type="hidden" name="intent" value="attach" />
                      <input type="hidden" name="figure" value={c.id} />
                      {query ? <input type="hidden" name="q" value={query} /> : null}
                      <button type="submit" aria-label={`Attach ${c.text} (${c.origin})`}>
                        Attach
                      </button>
                    </Form>
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
          <Form method="post" className="stack" key={measure.version}>
            <input type="hidden" name="intent" value="edit" />
            <input type="hidden" name="version" value={measure.version} />
            <label>
              Label <input name="label" defaultValue={v('label', measure.label)} maxLength={200} aria-invalid={!!errors?.label} />
            </label>
            {errors?.label ? <span className="field-error">{errors.label}</span> : null}
            <div className="row">
              <label>
                Unit
                <select name="unit" defaultValue={v('unit', measure.unit)}>
                  <option value="count">count</option>
                  <option value="percent">percent</option>
                  <option value="money">money</option>
                </select>
              </label>
              <label>
                Place <input name="place" defaultValue={v('place', measure.place)} maxLength={200} />
              </label>
              <label>
                From <input name="periodStart" type="date" defaultValue={v('periodStart', measure.periodStart)} />
              </label>
              <label>
                To <input name="periodEnd" type="date" defaultValue={v('periodEnd', measure.periodEnd)} />
              </label>
            </div>
            {errors?.periodStart || errors?.periodEnd ? <span className="field-error">{errors.periodStart ?? errors.periodEnd}</span> : null}
            <div className="row">
              <label>
                Accepted low <input name="acceptedLow" defaultValue={v('acceptedLow', measure.acceptedLow)} inputMode="decimal" aria-invalid={!!errors?.acceptedLow} />
              </label>
              <label>
                Accepted high <input name="acceptedHigh" defaultValue={v('acceptedHigh', measure.acceptedHigh)} inputMode="decimal" aria-invalid={!!errors?.acceptedHigh} />
              </label>
            </div>
            {errors?.acceptedLow || errors?.acceptedHigh ? <span className="field-error">{errors.acceptedLow ?? errors.acceptedHigh}</span> : null}
            <label>
              Rationale <textarea name="rationale" defaultValue={v('rationale', measure.rationale)} rows={2} aria-invalid={!!errors?.rationale} />
            </label>
            {errors?.rationale ? <span className="field-error">{errors.rationale}</span> : null}
            <button type="submit" className="primary">
              Save measure
            </button>
          </Form>
        </details>
      </div>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
