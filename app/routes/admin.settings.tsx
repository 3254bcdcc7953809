import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { z } from 'zod';
import { getDb } from '../../db/connection';
import { getSettings } from '../models/setting.server';
import { ORG_SETTINGS, publisherSettings } from '../services/export.server';
import { savePublisherSettings } from '../services/publisher-settings.server';
import { requireAccess } from '../utils/access.server';
import { PageErrorBoundary } from '../components/error-boundary';
import { readForm } from '../utils/form.server';

export const meta: MetaFunction = () => [{ title: 'Settings · Claimdesk' }];

const httpUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(500, `${what} is longer than 500 characters`)
    .refine((v) => v === '' || /^https?:\/\/[^\s/]+/i.test(v), `${what} must start with http:// or https://`)
    .refine((v) => {
      if (v === '') return true;
      try {
        return ['http:', 'https:'].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, `${what} is not a valid address`);

const Settings = z.object({
  orgName: z.string().trim().max(200, 'The name is longer than 200 characters'),
  orgUrl: httpUrl('The organisation URL'),
  siteUrl: httpUrl('The site URL'),
});

type Field = keyof z.infer<typeof Settings>;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAccess(request, 'settings.edit');
  const db = getDb();
  const stored = await getSettings(db, [...ORG_SETTINGS]);
  const effective = await publisherSettings(db);
  return {
    values: { orgName: stored.org_name ?? '', orgUrl: stored.org_url ?? '', siteUrl: stored.site_url ?? '' },
    effective,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAccess(request, 'settings.edit');
  const form = await readForm(request);
  const raw = Object.fromEntries(['orgName', 'orgUrl', 'siteUrl'].map((k) => [k, String(form.get(k) ?? '')]));
  const parsed = Settings.safeParse(raw);
  if (!parsed.success) {
    const errors: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as Field] ??= issue.message;
    return data({ ok: false as const, errors, values: raw }, { status: 400 });
  }
  await savePublisherSettings(getDb(), parsed.data, { id: admin.id, now: new Date() });
  return { ok: true as const, errors: {} as Partial<Record<Field, string>>, values: parsed.data };
}

export default function AdminSettings() {
  const { values, effective } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  const shown = result?.values ?? values;
  const err = (f: Field) =>
    result?.errors[f] ? (
      <span className="form-error" id={`${f}-error`}>
        {result.errors[f]}
      </span>
    ) : null;
  return (
    <main className="page settings-page">
      <h1>Settings</h1>
      <p className="hint">
        The organisation that publishes the fact checks: it is the author of every ClaimReview, and each review URL must be on
        its site. Empty fields fall back to the server’s CLAIMDESK_ORG_NAME, CLAIMDESK_ORG_URL and CLAIMDESK_SITE_URL.
      </p>
      {result?.ok ? <p role="status" className="notice">Settings saved.</p> : null}
      <Form method="post" className="stack settings-form">
        <label>
          Organisation name
          <input name="orgName" defaultValue={shown.orgName} aria-invalid={!!result?.errors.orgName} maxLength={200} />
          {err('orgName')}
        </label>
        <label>
          Organisation URL <span className="optional">(optional)</span>
          <input name="orgUrl" type="url" defaultValue={shown.orgUrl} aria-invalid={!!result?.errors.orgUrl} placeholder="https://factcheck.example" />
          {err('orgUrl')}
        </label>
        <label>
          Site URL <span className="optional">(where reviews are published)</span>
          <input name="siteUrl" type="url" defaultValue={shown.siteUrl} aria-invalid={!!result?.errors.siteUrl} placeholder="https://factcheck.example" />
          {err('siteUrl')}
        </label>
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
