import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import { STATUSES } from '../domain/claims/status';
import { ExportQuery, onlyDraftStatuses } from '../domain/export/export-filters';
import { countExportSelection, exportSelectionChoices } from '../services/export-selection.server';
import { requireAccess } from '../utils/access.server';
import { PageErrorBoundary } from '../components/error-boundary';
import { fieldErrorsOf } from '../utils/form.server';
import { FormError } from '../components/form-error';

export const meta: MetaFunction = () => [{ title: 'Export a selection · Claimdesk' }];

const FILES: Array<[string, string]> = [
  ['selection.html', 'Print view'],
  ['selection.md', 'Markdown'],
  ['selection.csv', 'CSV: claims'],
  ['figures.csv', 'CSV: figures'],
  ['selection.json', 'JSON'],
  ['claimreview.json', 'ClaimReview'],
];

/**
 * GET /exports?…: the selection form and how many claims it matches; its
 * buttons fetch the files from /exports/selection.md?… and the like. Editors only.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAccess(request, 'export.read');
  const params = new URL(request.url).searchParams;
  const db = getDb();
  const { users, measures } = await exportSelectionChoices(db);
  let count: number | null = null;
  let hint: string | null = null;
  // The selection's own schema, read by Conform: each refused value's message goes beside its field (400).
  const submission = params.size > 0 ? parseWithZod(params, { schema: ExportQuery }) : null;
  if (submission?.status === 'success') {
    const filters = { articleId: null, ...submission.value };
    count = await countExportSelection(db, filters);
    if (onlyDraftStatuses(filters)) hint = 'Those statuses are never signed off: tick “include drafts” to export them.';
  }
  // A refused status is reported at its place in the list ("status[1]"): show it beside the statuses.
  const errors = Object.fromEntries(Object.entries(submission ? fieldErrorsOf(submission) : {}).map(([k, m]) => [k.replace(/\[\d+\]$/, ''), m]));
  return data(
    {
      users,
      measures,
      count,
      errors,
      hint,
      query: Object.fromEntries([...params.keys()].map((k) => [k, params.getAll(k)])) as Record<string, string[]>,
    },
    { status: Object.keys(errors).length ? 400 : 200 },
  );
}

export default function Exports() {
  const { users, measures, count, errors, hint, query } = useLoaderData<typeof loader>();
  const err = (field: string) =>
    errors[field] ? (
      <span className="field-error" id={`${field}-error`} role="alert">
        {errors[field]}
      </span>
    ) : null;
  const one = (k: string) => query[k]?.[0] ?? '';
  const statuses = new Set(query.status ?? []);
  return (
    <main className="page exports">
      <h1>Export a selection</h1>
      <p className="hint">
        Signed-off claims across articles. To export one article, use the Export menu on its review page.
      </p>
      <form method="get" action="/exports" className="export-form" aria-label="Selection">
        <fieldset className="inline">
          <legend>Status</legend>
          {STATUSES.map((s) => (
            <label key={s.value}>
              <input type="checkbox" name="status" value={s.value} defaultChecked={statuses.has(s.value)} /> {s.label}
            </label>
          ))}
          {err('status')}
        </fieldset>
        <div className="grid-2">
          <label>
            Reviewed from <span className="optional">(sign-off date)</span>
            <input type="date" name="from" defaultValue={one('from')} aria-invalid={errors.from ? true : undefined} />
            {err('from')}
          </label>
          <label>
            Reviewed to
            <input type="date" name="to" defaultValue={one('to')} aria-invalid={errors.to ? true : undefined} />
            {err('to')}
          </label>
          <label>
            Assignee
            <select name="assignee" defaultValue={one('assignee')}>
              <option value="">Anyone</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
            {err('assignee')}
          </label>
          <label>
            Measure
            <select name="measure" defaultValue={one('measure')}>
              <option value="">Any</option>
              {measures.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
            {err('measure')}
          </label>
        </div>
        <label>
          Search claims
          <input type="search" name="q" defaultValue={one('q')} placeholder="words in the claim or its quote" aria-invalid={errors.q ? true : undefined} />
          {err('q')}
        </label>
        <label className="checkbox">
          <input type="checkbox" name="drafts" value="1" defaultChecked={!!one('drafts')} /> Include drafts (claims not signed
          off, marked as drafts)
        </label>
        <label>
          Paper for printing
          <select name="paper" defaultValue={one('paper') || 'a4'}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </label>
        <div className="row-actions">
          <button type="submit">Count matching claims</button>
        </div>
        <p className="label-like">Export as</p>
        <div className="export-buttons wide">
          {FILES.map(([file, label], i) => (
            <button
              key={file}
              type="submit"
              formAction={`/exports/${file}`}
              formTarget={file.endsWith('.html') ? '_blank' : undefined}
              className={i === 0 ? 'primary' : undefined}
            >
              {label}
            </button>
          ))}
        </div>
      </form>
      <FormError message={Object.keys(errors).length ? 'Please fix the marked fields.' : null} />
      {count !== null ? (
        <p role="status">
          <strong>{count}</strong> {count === 1 ? 'claim matches' : 'claims match'}.
        </p>
      ) : null}
      {hint ? <p className="hint">{hint}</p> : null}
      <p className="hint">
        The organisation and site used in ClaimReview are set by an admin under <Link to="/admin/settings">Settings</Link>.
      </p>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
