import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, useActionData, useNavigation } from '@remix-run/react';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import { importFromUrl, importOrRevise } from '../services/import-by-url.server';
import { readImportForm, toImportInput, urlOnlyRequest } from '../utils/import-form.server';
import { ImportForm, ImportFormInBrowser } from '../utils/import-form';
import { invalidForm, postedValues } from '../utils/form.server';
import { MAX_ARTICLE_BYTES } from '../domain/articles/import-input';
import { requireUser } from '../utils/session.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse } from '../utils/error-response.server';
import { PageErrorBoundary } from '../components/error-boundary';
import { FormError } from '../components/form-error';

export const meta: MetaFunction = () => [{ title: 'Import an article · Claimdesk' }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'article.import');
  let values: Record<string, string> | null = null;
  try {
    const form = await readImportForm(request);
    // Every typed value goes back on a refusal, the pasted article included, so nothing the user entered is lost.
    values = postedValues(form, MAX_ARTICLE_BYTES);
    const submission = parseWithZod(form, { schema: ImportForm });
    if (submission.status !== 'success') return invalidForm(submission, { values });
    const actor = { id: user.id, now: new Date() };
    // A URL alone: the server fetches the page. Text with the URL of a stored article: a newer version of it.
    const urlOnly = urlOnlyRequest(submission.value);
    const result = urlOnly
      ? await importFromUrl(getDb(), urlOnly, actor)
      : await importOrRevise(getDb(), await toImportInput(submission.value), actor);
    const version = result.version && result.version > 1 ? `?version=${result.version}` : result.created ? '' : '?unchanged=1';
    return redirect(`/articles/${result.articleId}${version}`);
  } catch (e) {
    return errorToResponse(e, { values });
  }
}

export default function NewArticle() {
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  // Busy until the new article's page has loaded, not only while the text uploads: a second
  // click while the (large) page loads would import the same text again.
  const busy = navigation.state !== 'idle' && navigation.formData !== undefined;
  const v = result?.values ?? undefined;
  const [form, fields] = useForm({
    lastResult: result && 'result' in result ? result.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ImportFormInBrowser }),
    shouldValidate: 'onBlur',
  });
  // A field's message: the form's own check, or what the server refused the import for (the file's type or size).
  const err = (field: keyof typeof fields) => {
    const message = fields[field].errors?.[0] ?? (result && 'field' in result && result.field === field ? result.error : null);
    return <FormError message={message} id={`${field}-error`} />;
  };
  return (
    <main className="page">
      <h1>Import an article</h1>
      <p className="hint">
        Give the article&apos;s URL alone and Claimdesk fetches the page (and keeps a snapshot of it), or paste the
        article as copied from the page, or upload a .txt, .md or .html file (up to 5 MB). Claimdesk removes page
        furniture, splits the text into claims and reads every figure. A URL already imported makes a new
        version of that article, its claims following their text.
      </p>
      <Form method="post" encType="multipart/form-data" className="import-form" {...getFormProps(form)}>
        <div className="import-main">
          <label>
            Article text
            <textarea name="text" rows={18} defaultValue={v?.text} aria-describedby="text-error" />
          </label>
          {err('text')}
          <fieldset className="inline">
            <legend>Pasted text is</legend>
            <label>
              <input type="radio" name="format" value="text" defaultChecked={v?.format !== 'html'} /> plain text
            </label>
            <label>
              <input type="radio" name="format" value="html" defaultChecked={v?.format === 'html'} /> HTML source
            </label>
          </fieldset>
          {err('format')}
          <label>
            …or upload a file
            <input type="file" name="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" />
          </label>
          {err('file')}
        </div>
        <div className="import-meta">
          <label>
            Title <span className="optional">(found from the page if empty)</span>
            <input name="title" defaultValue={v?.title} maxLength={500} aria-describedby="title-error" />
          </label>
          {err('title')}
          <label>
            URL
            <input name="url" type="url" placeholder="https://…" defaultValue={v?.url} aria-describedby="url-error" />
          </label>
          {err('url')}
          <label>
            Publisher
            <input name="publisher" defaultValue={v?.publisher} maxLength={200} aria-describedby="publisher-error" />
          </label>
          {err('publisher')}
          <label>
            Publication date
            <input name="publishedAt" type="date" defaultValue={v?.publishedAt} aria-describedby="publishedAt-error" />
          </label>
          {err('publishedAt')}
          <button type="submit" className="primary" disabled={busy}>
            {!busy ? 'Import and extract claims' : navigation.state === 'submitting' ? 'Importing…' : 'Opening the article…'}
          </button>
        </div>
      </Form>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
