import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { getCollectionProps, getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import { CONVENTION_CHOICES } from '../domain/measures/reinterpret';
import { vagueRuleText, type VagueKey } from '../domain/figures/conventions';
import { currentConventions, previewConventions, setConventions } from '../services/figure-conventions.server';
import { requireUser } from '../utils/session.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse } from '../utils/error-response.server';
import { can } from '../utils/permissions';
import { PageErrorBoundary } from '../components/error-boundary';
import { FieldError } from '../components/field-error';
import { invalidForm, parseForm } from '../utils/form.server';
import { ConventionsForm, type ConventionsFormInput } from '../utils/conventions-form';
import { FormError } from '../components/form-error';

export const meta: MetaFunction = () => [{ title: 'Conventions for vague words · Claimdesk' }];

const SHOWN: VagueKey[] = ['a few', 'several', 'dozens', 'scores', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands', 'millions'];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const current = await currentConventions(getDb());
  return {
    current: current.name,
    canChange: can(user.role, 'measure.conventions'),
    choices: CONVENTION_CHOICES.map((c) => ({ name: c.name, label: c.label, rules: SHOWN.map((k) => vagueRuleText(c.conventions, k).replace(/ \(\w+ conventions\)$/, '')) })),
  };
}

/**
 * A switch that would reopen signed-off claims is previewed first: the editor
 * sees how many, then confirms (`confirm=1`). One that reopens none goes ahead.
 * A form without a known choice answers 400 with the submission.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'measure.conventions');
  const { submission } = await parseForm(request, ConventionsForm);
  if (submission.status !== 'success') return invalidForm(submission, { changed: null, preview: null });
  const { conventions: name, confirm } = submission.value;
  const db = getDb();
  try {
    if (!confirm) {
      const preview = await previewConventions(db, name);
      if (preview.reopens > 0) {
        const label = CONVENTION_CHOICES.find((c) => c.name === name)!.label;
        return { error: null, changed: null, preview: { name, label, ...preview } };
      }
    }
    const { changed, reopened } = await setConventions(db, { name, actor: { id: user.id, now: new Date() } });
    return { error: null, changed, reopened, preview: null };
  } catch (e) {
    return errorToResponse(e, { changed: null, preview: null });
  }
}

export default function Conventions() {
  const { current, canChange, choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: result && 'result' in result ? result.result : undefined,
    defaultValue: { conventions: current } satisfies ConventionsFormInput,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ConventionsForm }),
  });
  // A missing choice shows beside the choices; the alert is for a refusal by the service.
  const refusal = result?.error && !('errors' in result) ? result.error : null;
  const byName = new Map(choices.map((c) => [c.name, c]));
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
      <FormError message={refusal} />
      {result && result.changed !== null ? (
        <p className="notice" role="status">
          Saved: {plural(result.changed, 'figure')} re-read
          {result.reopened ? `; ${plural(result.reopened, 'signed-off claim')} reopened for sign-off` : ''}.
        </p>
      ) : null}
      {result?.preview ? (
        <Form method="post" className="card confirm-switch" role="alert">
          <p>
            Switching to <strong>{result.preview.label}</strong> gives {plural(result.preview.figures, 'figure')} new bounds and
            reopens <strong>{plural(result.preview.reopens, 'signed-off claim')}</strong>: their sign-off goes back to pending
            and they return to the editors’ queue.
          </p>
          <input type="hidden" name="conventions" value={result.preview.name} />
          <input type="hidden" name="confirm" value="1" />
          <button type="submit" className="primary">
            Switch and reopen {plural(result.preview.reopens, 'claim')}
          </button>{' '}
          <Link to=".">Cancel</Link>
        </Form>
      ) : null}
      <Form method="post" className="stack conventions-form" {...getFormProps(form)}>
        <fieldset disabled={!canChange} aria-describedby={fields.conventions.errors ? fields.conventions.errorId : undefined}>
          <legend>Conventions in use</legend>
          <FieldError field={fields.conventions} />
          {getCollectionProps(fields.conventions, { type: 'radio', options: choices.map((c) => c.name) }).map(({ key, ...props }) => {
            const c = byName.get(props.value)!;
            return (
              <label key={key} className="choice">
                <input {...props} /> <strong>{c.label}</strong>
                <span className="muted rules">{c.rules.join(' · ')}</span>
              </label>
            );
          })}
          <button type="submit" className="primary">
            Use these conventions
          </button>
        </fieldset>
        {canChange ? null : <p className="muted">Only editors can change the conventions.</p>}
      </Form>
    </main>
  );
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}

export const ErrorBoundary = PageErrorBoundary;
