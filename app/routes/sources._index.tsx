import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import { sourceKindLabel } from '../domain/sources/source-input';
import { createSource, searchSourceLibrary } from '../services/sources.server';
import { requireUser } from '../utils/session.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse } from '../utils/error-response.server';
import { NewSourceForm, SOURCE_FIELD_NAMES } from '../utils/source-form';
import { PAGE_SIZE, pageParam } from '../utils/params';
import { SourceFields } from '../components/source-fields';
import { PageErrorBoundary } from '../components/error-boundary';
import { invalidForm, parseForm, postedValues } from '../utils/form.server';
import { fieldMessages } from '../utils/field-messages';
import { FormError } from '../components/form-error';

export const meta: MetaFunction = () => [{ title: 'Source library · Claimdesk' }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').slice(0, 200);
  const page = pageParam(url);
  const sources = await searchSourceLibrary(getDb(), { text: q, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
  return { q, page, sources: sources.slice(0, PAGE_SIZE), more: sources.length > PAGE_SIZE };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'source.edit');
  const { form, submission } = await parseForm(request, NewSourceForm);
  const values = postedValues(form);
  if (submission.status !== 'success') return invalidForm(submission, { values });
  try {
    const { source, created } = await createSource(getDb(), submission.value, { id: user.id, now: new Date() });
    return redirect(`/sources/${source.id}${created ? '' : '?existing=1'}`);
  } catch (e) {
    return errorToResponse(e, { values });
  }
}

export default function Sources() {
  const { q, page, sources, more } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: result && 'result' in result ? result.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NewSourceForm }),
    shouldValidate: 'onBlur',
  });
  const errors = fieldMessages(fields, SOURCE_FIELD_NAMES);
  return (
    <main className="page">
      <h1>Source library</h1>
      <Form method="get" className="search-form two">
        <input type="search" name="q" defaultValue={q} placeholder="Title, publisher or URL" aria-label="Search sources" />
        <button type="submit" className="primary">
          Search
        </button>
      </Form>
      {sources.length === 0 ? (
        <p className="empty">{q ? `No source matches “${q}”.` : 'The library is empty. Sources added as evidence land here.'}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th>Title</th>
              <th>Publisher</th>
              <th>Kind</th>
              <th>Published</th>
              <th className="num">Used by</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={`/sources/${s.id}`}>{s.title}</Link>
                </td>
                <td>{s.publisher ?? '—'}</td>
                <td>{sourceKindLabel(s.kind)}</td>
                <td>{s.publishedAt ?? '—'}</td>
                <td className="num">{s.usedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pagination">
        {page > 1 ? <Link to={`?q=${encodeURIComponent(q)}&page=${page - 1}`}>← Previous</Link> : <span />}
        {more ? <Link to={`?q=${encodeURIComponent(q)}&page=${page + 1}`}>Next →</Link> : <span />}
      </nav>
      <details className="card" open={!!result}>
        <summary>Add a source</summary>
        <FormError message={result?.error} />
        <Form method="post" className="stack" {...getFormProps(form)}>
          <SourceFields v={result?.values ?? {}} errors={errors} />
          <button type="submit" className="primary">
            Add to library
          </button>
        </Form>
      </details>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
