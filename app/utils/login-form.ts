/**
 * The sign-in form's schema (/login), parsed with Conform on the server and
 * in the browser. A wrong or over-long password is the service's refusal
 * (401, the same words for every account), not a field error.
 */
import { z } from 'zod';

export const LoginForm = z.object({
  email: z
    .string({ required_error: 'Enter your email' })
    .max(254, 'An email address has at most 254 characters')
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, 'Enter your email'),
  password: z.string({ required_error: 'Enter your password' }),
  /** Where to go after signing in; the route keeps it on this site (sameOriginPath). */
  redirectTo: z.string().optional(),
});

/** What the form posts (for useForm's field types). */
export type LoginFormInput = z.input<typeof LoginForm>;
