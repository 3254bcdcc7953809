import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { CONVENTION_CHOICES } from '../domain/measures/reinterpret';
import { vagueRuleText, type VagueKey } from '../domain/figures/conventions';
import { currentConventions, setConventions } from '../services/figure-conventions.server';
import { RuleError } from '../services/errors';
import { requireRole, requireUser } from '../utils/session.server';
import { roleAllows } from '../utils/permissions';
import { PageErrorBoundary } from '../components/error-boundary';

export const meta: MetaFunction = () => [{ title: 'Conventions for vague words · Claimdesk' }];

const SHOWN: VagueKey[] = ['a few', 'several', 'dozens', 'scores', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands', 'millions'];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const current = await currentConventions(getDb());
  return {
    current: current.name,
    canChange: roleAllows(user.role, 'editor'),
    choices: CONVENTION_CHOICES.map((c) => ({ name: c.name, label: c.label, rules: SHOWN.map((k) => vagueRuleText(c.conventions, k).replace(/ \(\w+ conventions\)$/, '')) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, 'editor');
  const form = await request.formData();
  const name = String(form.get('conventions') ?? '');
  if (!name) return data({ error: 'Choose the conventions to use.', changed: null }, { status: 400 });
  try {
    const { changed } = await setConventions(getDb(), { name, actor: { id: user.id, now: new Date() } });
    return { error: null, changed };
  } catch (e) {
    if (e instanceof RuleError) return data({ error: e.message, changed: null }, { status: 400 });
    throw e;
  }
}

export default function Conventions() {
  const { current, canChange, choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <main className="page">
      <p className="crumbs">
        <Link to="/measures">← Measures</Link>
      </p>
      <h1>Conventions for vague words</h1>
      <p>
        How words such as “dozens” or “hundreds” become numbers. Switching re-reads every figure with the new table, except
        intervals a checker set by hand; each changed figure gets an entry in its claim’s history.
      </p>
      {result?.error ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      {result && result.changed !== null ? <p className="notice" role="status">Saved: {result.changed} figure{result.changed === 1 ? '' : 's'} re-read.</p> : null}
      <Form method="post" className="stack conventions-form">
        <fieldset disabled={!canChange}>
          <legend>Conventions in use</legend>
          {choices.map((c) => (
            <label key={c.name} className="choice">
              <input type="radio" name="conventions" value={c.name} defaultChecked={c.name === current} /> <strong>{c.label}</strong>
              <span className="muted rules">{c.rules.join(' · ')}</span>
            </label>
          ))}
          <button type="submit" className="primary">
            Use these conventions
          </button>
        </fieldset>
        {canChange ? null : <p className="muted">Only editors can change the conventions.</p>}
      </Form>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
