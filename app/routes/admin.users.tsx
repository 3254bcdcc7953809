import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod';
import { getDb } from '../../db/connection';
import {
  AccountError,
  addAccount,
  changeRole,
  deactivateAccount,
  listAccounts,
  reactivateAccount,
  resetPassword,
  signInLocks,
  unlockSignIn,
} from '../services/user-admin.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse } from '../utils/error-response.server';
import { AddUserForm, ROLES, UserAction } from '../utils/user-input';
import { PageErrorBoundary } from '../components/error-boundary';
import { fieldErrorsOf, parseForm } from '../utils/form.server';
import { FormError } from '../components/form-error';

export const meta: MetaFunction = () => [{ title: 'Users · Claimdesk' }];

// The page can show a one-time password: never keep it in a cache.
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store' });

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireAccess(request, 'users.manage');
  const db = getDb();
  const users = await listAccounts(db);
  const locks = await signInLocks(db, users.map((u) => u.email), new Date());
  return { users: users.map((u) => ({ ...u, lock: locks.get(u.email) ?? null })), meId: me.id };
}

type Field = 'name' | 'email' | 'role' | 'password' | 'form';

export type ActionResult =
  | { ok: true; intent: string; userId: number; message: string; password?: string }
  | {
      ok: false;
      intent: string;
      userId?: number;
      errors: Partial<Record<Field, string>>;
      /** What the admin typed (never the password), to put back in the form. */
      values: { name?: string; email?: string; role?: string };
    };

const NO_STORE = { 'Cache-Control': 'no-store' };

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAccess(request, 'users.manage');
  const { form, submission } = await parseForm(request, UserAction);
  const raw = Object.fromEntries([...form].map(([k, v]) => [k, typeof v === 'string' ? v : '']));
  const values = { name: raw.name, email: raw.email, role: raw.role };
  const intent = String(raw.intent ?? '');
  const rawId = Number(raw.userId);
  const userId = Number.isInteger(rawId) ? rawId : undefined;

  if (submission.status !== 'success') {
    // A bad intent or user id (no form on this page sends one) is said once, above the table; the rest beside their fields.
    const { intent: badIntent, userId: badUser, ...fields } = fieldErrorsOf(submission);
    const formError = badIntent ? `Unknown action "${intent}"` : badUser;
    const errors: Partial<Record<Field, string>> = { ...fields, ...(formError ? { form: formError } : {}) };
    return data<ActionResult>({ ok: false, intent, userId, errors, values }, { status: 400, headers: NO_STORE });
  }

  const input = submission.value;
  const db = getDb();
  try {
    switch (input.intent) {
      case 'add': {
        const { user, generatedPassword } = await addAccount(
          db,
          { email: input.email, name: input.name, role: input.role, password: input.password || null, actorId: admin.id },
          new Date(),
        );
        return data<ActionResult>(
          {
            ok: true,
            intent: input.intent,
            userId: user.id,
            message: `Added ${user.name} (${user.email}) as ${user.role}.`,
            password: generatedPassword ?? undefined,
          },
          { headers: NO_STORE },
        );
      }
      case 'set-role': {
        const user = await changeRole(db, { userId: input.userId, role: input.role, actorId: admin.id });
        return ok(input.intent, user.id, `${user.name} is now ${user.role}.`);
      }
      case 'reset-password': {
        const { user, password } = await resetPassword(db, { userId: input.userId, actorId: admin.id });
        return data<ActionResult>(
          {
            ok: true,
            intent: input.intent,
            userId: user.id,
            message: `New password for ${user.name} (${user.email}); their open sessions were signed out.`,
            password,
          },
          { headers: NO_STORE },
        );
      }
      case 'deactivate': {
        const user = await deactivateAccount(db, { userId: input.userId, actorId: admin.id });
        return ok(input.intent, user.id, `${user.name} is deactivated: they cannot sign in and were signed out.`);
      }
      case 'reactivate': {
        const user = await reactivateAccount(db, { userId: input.userId, actorId: admin.id });
        return ok(input.intent, user.id, `${user.name} can sign in again.`);
      }
      case 'unlock': {
        const user = await unlockSignIn(db, { userId: input.userId, actorId: admin.id });
        return ok(input.intent, user.id, `${user.name} can sign in again from every address: their failed sign-ins were cleared.`);
      }
    }
  } catch (e) {
    const field: Field = e instanceof AccountError && input.intent === 'add' && (e.field === 'email' || e.field === 'password') ? e.field : 'form';
    const message = e instanceof Error ? e.message : String(e);
    return errorToResponse(
      e,
      { ok: false as const, intent, userId, errors: { [field]: message } as Partial<Record<Field, string>>, values },
      { headers: NO_STORE },
    );
  }
}

function ok(intent: string, userId: number, message: string) {
  return data<ActionResult>({ ok: true, intent, userId, message }, { headers: NO_STORE });
}

export default function AdminUsers() {
  const { users, meId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === 'submitting';
  const addFailed = result && !result.ok && result.intent === 'add' ? result : null;
  const [addForm, addFields] = useForm({
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AddUserForm }),
    shouldValidate: 'onBlur',
  });
  // The browser's own check first, then what the server refused (a taken email, say).
  const err = (field: Exclude<Field, 'form'>) => {
    const message = addFields[field].errors?.[0] ?? addFailed?.errors[field];
    return <FormError message={message} id={`add-${field}-error`} />;
  };

  return (
    <main className="page">
      <div className="page-head">
        <h1>Users</h1>
        <p className="muted">
          {users.filter((u) => u.active).length} active · {users.filter((u) => !u.active).length} deactivated
        </p>
      </div>
      <p className="hint">
        Accounts are never deleted: the edit history names who made each change. Deactivate an account to stop it
        signing in.
      </p>

      {result?.ok ? (
        <div className="notice users-notice" role="status">
          <p>{result.message}</p>
          {result.password ? (
            <p>
              Password, shown only this once: <code className="one-time">{result.password}</code>
              <br />
              <span className="muted">Give it to them over a safe channel.</span>
            </p>
          ) : null}
        </div>
      ) : null}
      <FormError message={result && !result.ok ? result.errors.form : null} />
      <FormError message={result && !result.ok && result.intent !== 'add' ? result.errors.role : null} />

      <table className="grid users">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Role</th>
            <th>Status</th>
            <th>Since</th>
            <th>Password and access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const me = u.id === meId;
            return (
              <tr key={u.id} className={u.active ? undefined : 'inactive'} data-user-id={u.id}>
                <td>
                  {u.name}
                  {me ? <span className="muted"> (you)</span> : null}
                </td>
                <td>{u.email}</td>
                <td>
                  <Form method="post" className="row-form">
                    <input type="hidden" name="intent" value="set-role" />
                    <input type="hidden" name="userId" value={u.id} />
                    <select name="role" defaultValue={u.role} aria-label={`Role of ${u.email}`} disabled={me}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                    {me ? null : (
                      <button type="submit" disabled={busy}>
                        Change role
                      </button>
                    )}
                  </Form>
                </td>
                <td>
                  <span className={`badge ${u.active ? 'user-active' : 'user-inactive'}`}>
                    {u.active ? 'Active' : 'Deactivated'}
                  </span>
                  {u.lock ? (
                    <span className="badge user-locked" title={`Until ${u.lock.until.slice(11, 16)} UTC`}>
                      {' '}Sign-in locked from {u.lock.addresses} address{u.lock.addresses === 1 ? '' : 'es'}
                    </span>
                  ) : null}
                </td>
                <td>{u.createdAt.slice(0, 10)}</td>
                <td>
                  <div className="row-actions">
                    {u.lock ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="unlock" />
                        <input type="hidden" name="userId" value={u.id} />
                        <button type="submit" disabled={busy} aria-label={`Unlock sign-in of ${u.email}`}>
                          Unlock sign-in
                        </button>
                      </Form>
                    ) : null}
                    <Form method="post">
                      <input type="hidden" name="intent" value="reset-password" />
                      <input type="hidden" name="userId" value={u.id} />
                      <button type="submit" disabled={busy} aria-label={`Reset password of ${u.email}`}>
                        Reset password
                      </button>
                    </Form>
                    {me ? null : (
                      <Form method="post">
                        <input type="hidden" name="intent" value={u.active ? 'deactivate' : 'reactivate'} />
                        <input type="hidden" name="userId" value={u.id} />
                        <button
                          type="submit"
                          disabled={busy}
                          className={u.active ? 'danger' : undefined}
                          aria-label={`${u.active ? 'Deactivate' : 'Reactivate'} ${u.email}`}
                        >
                          {u.active ? 'Deactivate' : 'Reactivate'}
                        </button>
                      </Form>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>Add a user</h2>
      {/* A new key after each success empties the form; after a refusal it keeps what was typed. */}
      <Form method="post" className="add-user" key={result?.ok && result.intent === 'add' ? `added-${result.userId}` : 'add'} {...getFormProps(addForm)}>
        <input type="hidden" name="intent" value="add" />
        <label>
          Name
          <input name="name" defaultValue={addFailed?.values.name} aria-describedby="add-name-error" required />
        </label>
        <label>
          Email
          <input name="email" type="email" defaultValue={addFailed?.values.email} aria-describedby="add-email-error" required />
        </label>
        <label>
          Role
          <select name="role" defaultValue={addFailed?.values.role ?? ('checker' satisfies (typeof ROLES)[number])}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Password <span className="optional">(empty: generate one)</span>
          <input name="password" type="password" autoComplete="new-password" aria-describedby="add-password-error" />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Add user
        </button>
        <div className="add-user-errors">
          {err('name')}
          {err('email')}
          {err('role')}
          {err('password')}
        </div>
      </Form>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
