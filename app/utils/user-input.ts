import { z } from 'zod';
import { idField } from './form-fields';

/** Field rules for accounts, shared by /admin/users and `npm run user`. */
export const ROLES = ['checker', 'editor', 'admin'] as const;
export const MIN_PASSWORD_LENGTH = 10;

export const emailField = z
  .string({ required_error: 'Enter an email address' })
  .trim()
  .min(1, 'Enter an email address')
  .max(254, 'An email address has at most 254 characters')
  .email('Enter an email address like name@example.org')
  .transform((s) => s.toLowerCase());

export const nameField = z
  .string({ required_error: 'Enter the name the edit history should show' })
  .trim()
  .min(1, 'Enter the name the edit history should show')
  .max(100, 'A name has at most 100 characters');

export const roleField = z.enum(ROLES, { errorMap: () => ({ message: 'Choose checker, editor or admin' }) });

/** Empty means "generate one". */
export const newPasswordField = z
  .string()
  .max(200, 'A password has at most 200 characters')
  .refine((s) => s === '' || s.length >= MIN_PASSWORD_LENGTH, {
    message: `A password needs at least ${MIN_PASSWORD_LENGTH} characters (leave it empty to generate one)`,
  });

const userId = idField('user');

/** /admin/users: every form on the page, told apart by `intent`. */
export const UserAction = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('add'), name: nameField, email: emailField, role: roleField, password: newPasswordField.optional().default('') }),
    z.object({ intent: z.literal('set-role'), userId, role: roleField }),
    z.object({ intent: z.literal('reset-password'), userId }),
    z.object({ intent: z.literal('deactivate'), userId }),
    z.object({ intent: z.literal('reactivate'), userId }),
    z.object({ intent: z.literal('unlock'), userId }),
  ],
  { errorMap: (issue, ctx) => ({ message: issue.code === 'invalid_union_discriminator' ? 'Unknown action' : ctx.defaultError }) },
);

/** The add-user form alone (for the browser's validation). */
export const AddUserForm = UserAction.options[0];
