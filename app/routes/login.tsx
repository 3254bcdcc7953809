import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { useEffect, useRef } from 'react';
import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { getFormProps, getInputProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import { login } from '../services/auth.server';
import { getUser, sessionCookie } from '../utils/session.server';
import { requireSameOrigin } from '../utils/same-origin.server';
import { clientIp } from '../utils/client-ip.server';
import { errorToResponse } from '../utils/error-response.server';
import { PageErrorBoundary } from '../components/error-boundary';
import { FieldError } from '../components/field-error';
import { invalidForm, parseForm, replyOf } from '../utils/form.server';
import { LoginForm } from '../utils/login-form';
import { sameOriginPath } from '../utils/safe-redirect';
import { FormError } from '../components/form-error';

export const meta: MetaFunction = () => [{ title: 'Sign in · Claimdesk' }];

/** Only same-site paths, so a crafted link cannot bounce a user elsewhere. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect(sameOriginPath(new URL(request.url).searchParams.get('redirectTo')));
  return null;
}

/** The password is never sent back, whatever the answer. */
const NOT_ECHOED = { hideFields: ['password'] };

/**
 * Field errors answer 400 with the submission; a wrong password 401 and a
 * throttled sign-in 429 with Retry-After (errorToResponse), the same words
 * for every account.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  // Refused from other sites too: a forged sign-in would put a victim into the attacker's account.
  requireSameOrigin(request);
  const { submission } = await parseForm(request, LoginForm);
  if (submission.status !== 'success') return invalidForm(submission, {}, NOT_ECHOED);
  const { email, password, redirectTo } = submission.value;
  try {
    const session = await login(getDb(), { email, password, ip: clientIp(request, context) }, new Date());
    return redirect(sameOriginPath(redirectTo), {
      headers: { 'Set-Cookie': sessionCookie(request, session.sessionId) },
    });
  } catch (e) {
    return errorToResponse(e, { result: replyOf(submission, NOT_ECHOED) });
  }
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === 'submitting';
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginForm }),
    shouldValidate: 'onSubmit',
  });
  // A refused sign-in empties the password box and puts the cursor there:
  // the server never sends the password back, and the browser would
  // otherwise keep the wrong one in the box.
  const password = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!actionData || !password.current) return;
    password.current.value = '';
    password.current.focus();
  }, [actionData]);
  // Field errors show beside their fields; the alert is for a refused sign-in.
  const refusal = actionData && !('errors' in actionData) ? actionData.error : null;
  const { key: emailKey, ...emailProps } = getInputProps(fields.email, { type: 'email', ariaAttributes: true });
  const { key: passwordKey, ...passwordProps } = getInputProps(fields.password, { type: 'password', ariaAttributes: true });
  return (
    <main className="page narrow">
      <h1>Sign in</h1>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? '/articles'} />
        <label>
          Email
          <input {...emailProps} key={emailKey} autoComplete="username" required autoFocus />
          <FieldError field={fields.email} />
        </label>
        <label>
          Password
          <input {...passwordProps} key={passwordKey} ref={password} autoComplete="current-password" required />
          <FieldError field={fields.password} />
        </label>
        <FormError message={refusal} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </Form>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
