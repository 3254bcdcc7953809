import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import { sourceKindLabel } from '../domain/sources/source-input';
import { editSource, loadSourcePage } from '../services/sources.server';
import { archiveSource } from '../services/page-archive.server';
import { requireUser } from '../utils/session.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse } from '../utils/error-response.server';
import { EditSourceForm, SOURCE_FIELD_NAMES, SourceAction } from '../utils/source-form';
import { fieldMessages } from '../utils/field-messages';
import { idParam } from '../utils/params';
import { httpUrl } from '../domain/http-url';
import { describeInterval } from '../utils/describe-interval';
import { SourceFields } from '../components/source-fields';
import { StatusBadge } from '../components/status-badge';
import { PageErrorBoundary } from '../components/error-boundary';
import { invalidForm, parseForm, postedValues } from '../utils/form.server';
import { FormError } from '../components/form-error';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.source.title} · Claimdesk` : 'Source · Claimdesk' }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = idParam(params.id, 'Source');
  try {
    return await loadSourcePage(getDb(), id);
  } catch (e) {
    throw errorToResponse(e);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'source.edit');
  const id = idParam(params.id, 'Source');
  const { form, submission } = await parseForm(request, SourceAction);
  const values = postedValues(form);
  if (submission.status !== 'success') return invalidForm(submission, { values });
  const input = submission.value;
  const actor = { id: user.id, now: new Date() };
  if (input.intent === 'archive') {
    // "Archive now": keep a snapshot of the source's page (the guarded fetch; 422 with the reason when refused).
    try {
      const r = await archiveSource(getDb(), id, actor);
      return redirect(`/sources/${id}?archived=${r.unchanged ? 'same' : r.snapshotId}`);
    } catch (e) {
      return errorToResponse(e, { archiveError: true as const, values: null });
    }
  }
  const { intent: _intent, version, ...fields } = input;
  try {
    await editSource(getDb(), { sourceId: id, version, fields, actor });
    return redirect(`/sources/${id}`);
  } catch (e) {
    return errorToResponse(e, { values }, {
      stale: () => ({ error: 'Someone else edited this source since you opened it. Your values are kept below; the page shows theirs.' }),
    });
  }
}

export default function SourcePage() {
  const { source, citing, figures, snapshots } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useForm({
    id: `source-${source.version}`,
    lastResult: result && 'result' in result ? result.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EditSourceForm }),
    shouldValidate: 'onBlur',
  });
  const url = httpUrl(source.url);
  const archived = httpUrl(source.archivedUrl);
  return (
    <main className="page">
      <p className="crumbs">
        <Link to="/sources">← Source library</Link>
      </p>
      <h1>{source.title}</h1>
      {params.get('existing') ? <p className="notice">This URL was already in the library, so the existing source is shown.</p> : null}
      <p className="byline">
        {source.publisher ?? 'Unknown publisher'} · {sourceKindLabel(source.kind)}
        {source.publishedAt ? ` · published ${source.publishedAt}` : ''}
        {source.accessedAt ? ` · accessed ${source.accessedAt}` : ''}
      </p>
      <p>
        {url ? (
          <a href={url} target="_blank" rel="noreferrer noopener">
            {source.url}
          </a>
        ) : (
          source.url
        )}
        {archived ? (
          <>
            {' · '}
            <a href={archived} target="_blank" rel="noreferrer noopener">
              archived copy
            </a>
          </>
        ) : null}
      </p>
      {source.notes ? <p className="note">{source.notes}</p> : null}
      <section className="snapshots" aria-label="Snapshots">
        <Form method="post" className="inline">
          <input type="hidden" name="intent" value="archive" />
          <button type="submit">Archive now</button>{' '}
          <span className="hint">keeps a snapshot of the page as evidence (bytes, type, address, status, time, SHA-256)</span>
        </Form>
        <FormError message={result && 'archiveError' in result ? result.error : null} />
        {params.get('archived') === 'same' ? <p className="notice">The page is unchanged since its last snapshot (same SHA-256); nothing new was stored.</p> : null}
        {snapshots.length ? (
          <ul>
            {snapshots.map((s) => (
              <li key={s.id}>
                <a href={`/snapshots/${s.id}`} target="_blank" rel="noreferrer">
                  Snapshot {s.fetchedAt.slice(0, 16).replace('T', ' ')} UTC
                </a>{' '}
                · HTTP {s.status} · {s.contentType ?? 'no type'} · {s.byteSize.toLocaleString('en')} bytes · SHA-256{' '}
                <code>{s.sha256.slice(0, 16)}…</code>
                {s.finalUrl !== s.requestedUrl ? ` · redirected to ${s.finalUrl}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <h2>Figures recorded from it</h2>
      {figures.length === 0 ? (
        <p className="empty">None yet.</p>
      ) : (
        <ul>
          {figures.map((f) => (
            <li key={f.id}>
              {f.text} = {describeInterval(f.low, f.high, f.qualifier)} {f.asOf ? `(as of ${f.asOf})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>Claims citing it ({citing.length})</h2>
      <ul className="results">
        {citing.map((c) => (
          <li key={c.evidenceId}>
            <StatusBadge status={c.status} /> <span className={`stance stance-${c.stance}`}>{c.stance}</span>{' '}
            <Link to={`/claims/${c.claimId}`}>{c.text}</Link>
          </li>
        ))}
      </ul>
      <details className="card" open={!!result && !('archiveError' in result)}>
        <summary>Edit source</summary>
        <FormError message={result?.error && !('archiveError' in result) ? result.error : null} />
        <Form method="post" className="stack" key={source.version} {...getFormProps(form)}>
          <input type="hidden" name="intent" value="edit" />
          <input type="hidden" name="version" value={source.version} />
          <SourceFields v={(result && 'values' in result && result.values) || source} errors={fieldMessages(fields, SOURCE_FIELD_NAMES)} />
          <button type="submit" className="primary">
            Save source
          </button>
        </Form>
      </details>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
