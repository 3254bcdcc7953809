import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { login, LoginError, LoginLockedError } from '../services/auth.server';
import { getUser, sessionCookie } from '../utils/session.server';
import { requireSameOrigin } from '../utils/same-origin.server';
import { clientIp } from '../utils/client-ip.server';
import { PageErrorBoundary } from '../components/error-boundary';
import { readForm } from '../utils/form.server';
import { sameOriginPath } from '../utils/safe-redirect';

export const meta: MetaFunction = () => [{ title: 'Sign in · Claimdesk' }];

/** Only same-site paths, so a crafted link cannot bounce a user elsewhere. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect(sameOriginPath(new URL(request.url).searchParams.get('redirectTo')));
  return null;
}

const MAX_PASSWORD_LENGTH = 1024;

export async function action({ request, context }: ActionFunctionArgs) {
  // Refused from other sites too: a forged sign-in would put a victim into the attacker's account.
  requireSameOrigin(request);
  const form = await readForm(request);
  const email = String(form.get('email') ?? '').trim().slice(0, 254);
  const password = String(form.get('password') ?? '');
  if (!email || !password) return data({ error: 'Enter your email and password', email }, { status: 400 });
  if (password.length > MAX_PASSWORD_LENGTH) return data({ error: new LoginError().message, email }, { status: 401 });
  try {
    const session = await login(getDb(), { email, password, ip: clientIp(request, context) }, new Date());
    return redirect(sameOriginPath(form.get('redirectTo')), {
      headers: { 'Set-Cookie': sessionCookie(request, session.sessionId) },
    });
  } catch (e) {
    if (e instanceof LoginError) return data({ error: e.message, email }, { status: 401 });
    if (e instanceof LoginLockedError) {
      const seconds = Math.max(1, Math.ceil((e.until.getTime() - Date.now()) / 1000));
      return data({ error: e.message, email }, { status: 429, headers: { 'Retry-After': String(seconds) } });
    }
    throw e;
  }
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === 'submitting';
  return (
    <main className="page narrow">
      <h1>Sign in</h1>
      <Form method="post" className="stack">
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? '/articles'} />
        <label>
          Email
          <input name="email" type="email" autoComplete="username" required defaultValue={actionData?.email} autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {actionData?.error ? (
          <p className="form-error" role="alert">
            {actionData.error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </Form>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
