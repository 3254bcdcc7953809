import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import { SCOPE_LABEL } from '../domain/measures/figure-scope';
import { createMeasure } from '../services/measure-edit.server';
import { figureForNewMeasure, loadMeasureList } from '../services/measure-pages.server';
import { acceptSuggestion, rejectSuggestion } from '../services/measure-suggestion-decisions.server';
import { requireUser } from '../utils/session.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse, invariantResponse } from '../utils/error-response.server';
import { describeInterval } from '../utils/describe-interval';
import { PageErrorBoundary } from '../components/error-boundary';
import { VerdictBadge } from '../components/verdict-badge';
import { invalidForm, parseForm, replyOf } from '../utils/form.server';
import { fieldsOf, MeasureListAction, NewMeasureForm as NewMeasureSchema } from '../utils/measure-form';
import { MeasureFields, type MeasureFieldSet } from '../components/measure-fields';
import { Pagination } from '../components/pagination';
import { PAGE_SIZE, pageParam } from '../utils/params';
import { FormError } from '../components/form-error';

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
  const page = { measures: pageParam(url), suggestions: pageParam(url, 'suggestions'), pageSize: PAGE_SIZE };
  return { ...(await loadMeasureList(db, page)), page, newMeasure: url.searchParams.has('new') || figure !== null, figure };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'measure.edit');
  const { submission } = await parseForm(request, MeasureListAction);
  const intent = String(submission.payload.intent ?? '');
  if (submission.status !== 'success') return invalidForm(submission, { intent });
  const input = submission.value;
  const actor = { id: user.id, now: new Date() };
  try {
    switch (input.intent) {
      case 'create': {
        const id = await createMeasure(getDb(), { fields: fieldsOf(input), figureIds: input.figure ? [input.figure] : [], actor });
        return redirect(`/measures/${id}`);
      }
      case 'accept': {
        const measureId = await acceptSuggestion(getDb(), { suggestionId: input.suggestion, label: input.label ?? undefined, actor });
        return redirect(`/measures/${measureId}`);
      }
      case 'reject':
        await rejectSuggestion(getDb(), { suggestionId: input.suggestion, actor });
        return redirect('/measures');
    }
  } catch (e) {
    return errorToResponse(e, { intent, result: replyOf(submission) });
  }
}

export default function Measures() {
  const { measures, measureTotal, suggestions, suggestionTotal, page, newMeasure, figure } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  const creating = result?.intent === 'create' || newMeasure;
  return (
    <main className="page measures-page">
      <div className="page-head">
        <h1>Measures</h1>
        <p className="muted">
          Quantities that competing figures estimate; verdicts are computed from the intervals.{' '}
          <Link to="/measures/conventions">Conventions for vague words</Link>
        </p>
      </div>
      <FormError message={result?.error && result.intent !== 'create' ? result.error : null} />
      <details className="card new-measure" open={creating}>
        <summary>New measure</summary>
        <NewMeasureForm figure={figure} result={result?.intent === 'create' ? result : undefined} busy={busy} />
      </details>
      <section aria-labelledby="measures-h">
        <h2 id="measures-h">Measures ({measureTotal})</h2>
        {measureTotal === 0 ? (
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
        <Pagination page={page.measures} pageSize={page.pageSize} total={measureTotal} label="Measure pages" />
      </section>
      <section aria-labelledby="suggestions-h">
        <h2 id="suggestions-h">Open suggestions ({suggestionTotal})</h2>
        {suggestionTotal === 0 ? <p className="empty">Nothing to decide.</p> : null}
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
                      <td className="num">{describeInterval(f.interval[0], f.interval[1], f.qualifier)}</td>
                      <td className="given-by">{f.givenBy ? <>given by {f.givenBy}</> : <span className="muted">source unsaid</span>}</td>
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
        <Pagination page={page.suggestions} pageSize={page.pageSize} total={suggestionTotal} param="suggestions" label="Suggestion pages" />
      </section>
    </main>
  );
}

type NewFigure = Awaited<ReturnType<typeof loader>>['figure'];

function NewMeasureForm(props: { figure: NewFigure; result: { error?: string; result?: SubmissionResult } | undefined; busy: boolean }) {
  const { figure, result } = props;
  const [form, fields] = useForm({
    id: `new-measure-${figure?.id ?? 'blank'}`,
    lastResult: result?.result,
    defaultValue: { intent: 'create', label: figure?.label ?? '', unit: figure?.unit ?? 'count' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NewMeasureSchema }),
    shouldRevalidate: 'onInput',
  });
  return (
    <Form method="post" className="stack new-measure-form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="create" />
      <FormError message={result?.error} />
      {figure ? (
        figure.removed ? (
          <p className="form-error">
            “{figure.text}” belongs to a removed claim; {figure.claimId ? <Link to={`/claims/${figure.claimId}`}>restore the claim</Link> : 'restore the claim'} first, or make this measure without it.
          </p>
        ) : figure.measureId !== null ? (
          <p className="form-error">
            “{figure.text}” is already on <Link to={`/measures/${figure.measureId}`}>a measure</Link>; detach it there first, or make this measure without it.
          </p>
        ) : (
          <p className="starting-figure">
            <input type="hidden" name="figure" value={figure.id} />
            Starts with <strong>{figure.text}</strong> ({describeInterval(figure.interval[0], figure.interval[1], figure.qualifier)}) from{' '}
            {figure.claimId ? <Link to={`/claims/${figure.claimId}`}>{figure.origin}</Link> : figure.origin}
            {figure.sentence ? <span className="muted"> · “{figure.sentence}”</span> : null}
          </p>
        )
      ) : null}
      <MeasureFields fields={fields as unknown as MeasureFieldSet} labelPlaceholder="People displaced in Idlib since 1 Dec 2019" />
      <div>
        <button type="submit" className="primary" disabled={props.busy}>
          Create measure
        </button>
      </div>
    </Form>
  );
}

export const ErrorBoundary = PageErrorBoundary;
