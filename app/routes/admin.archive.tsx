import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { getFormProps, getInputProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { z } from 'zod';
import { getDb } from '../../db/connection';
import { decodeText } from '../domain/articles/decode-text';
import { ImportInputError } from '../domain/articles/import-input';
import { ArchiveFormatError, parseClaimReviews, type ClaimReviewProblem } from '../domain/archive/parse-claimreview';
import { archiveCounts, importClaimReviews } from '../services/claim-archive.server';
import { requireAccess } from '../utils/access.server';
import { parseForm, replyOf } from '../utils/form.server';
import { PageErrorBoundary } from '../components/error-boundary';

export const meta: MetaFunction = () => [{ title: 'Fact-check archive · Claimdesk' }];

const ArchiveUpload = z.object({
  files: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.instanceof(File)).min(1, 'Choose at least one file (.html, .json or .csv)'),
  ),
});

interface FileReport {
  name: string;
  created: number;
  updated: number;
  problems: ClaimReviewProblem[];
  error?: string;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAccess(request, 'archive.import');
  return { counts: await archiveCounts(getDb()) };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAccess(request, 'archive.import');
  const { submission } = await parseForm(request, ArchiveUpload);
  if (submission.status !== 'success') return data({ result: replyOf(submission), reports: [] as FileReport[] }, { status: 400 });
  const reports: FileReport[] = [];
  for (const file of submission.value.files) {
    const report: FileReport = { name: file.name, created: 0, updated: 0, problems: [] };
    try {
      const parsed = parseClaimReviews(decodeText(new Uint8Array(await file.arrayBuffer()), file.name), file.name);
      Object.assign(report, await importClaimReviews(getDb(), parsed.items, new Date().toISOString()));
      report.problems = parsed.problems;
    } catch (e) {
      if (!(e instanceof ArchiveFormatError || e instanceof ImportInputError)) throw e;
      report.error = e.message;
    }
    reports.push(report);
  }
  const failed = reports.every((r) => r.error);
  return data({ result: replyOf(submission), reports }, { status: failed ? 422 : 200 });
}

export default function ArchivePage() {
  const { counts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === 'submitting';
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ArchiveUpload }),
    shouldValidate: 'onSubmit',
  });
  return (
    <main className="page">
      <h1>Fact-check archive</h1>
      <p className="muted">
        {counts.published} published fact-checks and {counts.desk} of this desk’s own checked claims. Claims are matched
        against them on their page and in “Has this been checked?” on Search.
      </p>
      <Form method="post" encType="multipart/form-data" className="card" {...getFormProps(form)}>
        <h3>Import ClaimReview</h3>
        <p className="muted">
          Web pages with ClaimReview JSON-LD (.html), JSON (a ClaimReview, a list, a DataFeed or a Fact Check Tools
          claims list) or CSV with the columns claim, rating, url, publisher, date. A review already here (same URL) is
          updated; items that cannot be read are listed and skipped.
        </p>
        <label>
          Files <input {...getInputProps(fields.files, { type: 'file' })} multiple accept=".html,.htm,.json,.csv" />
        </label>
        {fields.files.errors ? (
          <p className="form-error" id={fields.files.errorId} role="alert">
            {fields.files.errors.join(' ')}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </Form>
      {actionData?.reports.length ? (
        <section className="card" aria-label="Import results">
          <h3>Imported</h3>
          <ul>
            {actionData.reports.map((r) => (
              <li key={r.name}>
                <strong>{r.name}</strong>:{' '}
                {r.error ? (
                  <span className="form-error">{r.error}</span>
                ) : (
                  `${r.created} added, ${r.updated} updated, ${r.problems.length} skipped`
                )}
                {r.problems.length ? (
                  <ul>
                    {r.problems.map((p, i) => (
                      <li key={i} className="muted">
                        {p.where}: {p.reason}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
