import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { getFormProps, getInputProps, useForm, type FieldMetadata } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import { RATING_SCALE } from '../domain/claims/rating';
import { deskRatingLabels, publisherSettingsWithStored, savePublisherSettings, saveRatingLabels } from '../services/desk-settings.server';
import { requireAccess } from '../utils/access.server';
import { PageErrorBoundary } from '../components/error-boundary';
import { FieldError } from '../components/field-error';
import { invalidForm, parseForm, replyOf } from '../utils/form.server';
import { ratingLabelField, SettingsForm, type SettingsFormInput } from '../utils/settings-form';

export const meta: MetaFunction = () => [{ title: 'Settings · Claimdesk' }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAccess(request, 'settings.edit');
  const db = getDb();
  const [{ stored, effective }, labels] = await Promise.all([publisherSettingsWithStored(db), deskRatingLabels(db)]);
  return {
    values: {
      orgName: stored.org_name ?? '',
      orgUrl: stored.org_url ?? '',
      siteUrl: stored.site_url ?? '',
      ...Object.fromEntries(RATING_SCALE.map((r) => [ratingLabelField(r.value), labels[r.value]])),
    },
    effective,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAccess(request, 'settings.edit');
  const { submission } = await parseForm(request, SettingsForm);
  if (submission.status !== 'success') return invalidForm(submission, { ok: false as const });
  const v = submission.value;
  const actor = { id: admin.id, now: new Date() };
  const db = getDb();
  await savePublisherSettings(db, { orgName: v.orgName ?? '', orgUrl: v.orgUrl ?? '', siteUrl: v.siteUrl ?? '' }, actor);
  await saveRatingLabels(db, Object.fromEntries(RATING_SCALE.map((r) => [r.value, v[ratingLabelField(r.value)] ?? ''])), actor);
  return { ok: true as const, result: replyOf(submission) };
}

/** A text field with its message beside it (Conform's props; the key passed on its own). */
function TextField({ field, label, type = 'text', ...rest }: { field: FieldMetadata<string | null>; /** The field's name, written out where the form is used (as every other form names its fields). */ name: string; label: React.ReactNode; type?: 'text' | 'url'; placeholder?: string; maxLength?: number }) {
  const { key, ...props } = getInputProps(field, { type, ariaAttributes: true });
  return (
    <label>
      {label}
      <input {...props} key={key} {...rest} />
      <FieldError field={field} />
    </label>
  );
}

export default function AdminSettings() {
  const { values, effective } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  const [form, fields] = useForm({
    lastResult: result?.result,
    defaultValue: values as SettingsFormInput,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SettingsForm }),
    shouldValidate: 'onBlur',
  });
  return (
    <main className="page settings-page">
      <h1>Settings</h1>
      {result?.ok ? <p role="status" className="notice">Settings saved.</p> : null}
      <Form method="post" className="stack settings-form" {...getFormProps(form)}>
        <h2>Publisher</h2>
        <p className="hint">
          The organisation that publishes the fact checks: it is the author of every ClaimReview, and each review URL must be on
          its site. Empty fields fall back to the server’s CLAIMDESK_ORG_NAME, CLAIMDESK_ORG_URL and CLAIMDESK_SITE_URL.
        </p>
        <TextField name="orgName" field={fields.orgName} label="Organisation name" maxLength={200} />
        <TextField name="orgUrl" field={fields.orgUrl} type="url" label={<>Organisation URL <span className="optional">(optional)</span></>} placeholder="https://factcheck.example" />
        <TextField name="siteUrl" field={fields.siteUrl} type="url" label={<>Site URL <span className="optional">(where reviews are published)</span></>} placeholder="https://factcheck.example" />
        <h2>Rating labels</h2>
        <p className="hint">
          What the desk calls each point of the 1–5 scale. The claim page and every export show these names, and ClaimReview
          carries them as the rating’s <code>alternateName</code> beside its value. Empty keeps the scale’s own name.
        </p>
        <table className="grid rating-labels">
          <thead>
            <tr>
              <th className="num">Value</th>
              <th>Scale</th>
              <th>The desk says</th>
            </tr>
          </thead>
          <tbody>
            {RATING_SCALE.map((r) => {
              const field = fields[ratingLabelField(r.value)];
              const { key, ...props } = getInputProps(field, { type: 'text', ariaAttributes: true });
              return (
                <tr key={r.value}>
                  <td className="num">{r.value}</td>
                  <td>{r.label}</td>
                  <td>
                    <input {...props} key={key} maxLength={40} placeholder={r.label} aria-label={`The desk’s name for ${r.label} (${r.value} of 5)`} />
                    <FieldError field={field} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div>
          <button type="submit" className="primary" disabled={busy}>
            Save settings
          </button>
        </div>
      </Form>
      <h2>In effect</h2>
      <table className="grid">
        <tbody>
          <tr>
            <th>Organisation</th>
            <td>{effective.orgName ?? <em className="muted">not set: ClaimReview exports are refused</em>}</td>
          </tr>
          <tr>
            <th>Organisation URL</th>
            <td>{effective.orgUrl ?? <em className="muted">not set</em>}</td>
          </tr>
          <tr>
            <th>Site URL</th>
            <td>{effective.siteUrl ?? <em className="muted">not set: ClaimReview exports are refused</em>}</td>
          </tr>
        </tbody>
      </table>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
