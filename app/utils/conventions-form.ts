/**
 * The conventions form's schema (/measures/conventions), parsed with Conform
 * on the server and in the browser: which table of vague words to use, and
 * whether the editor has confirmed a switch that reopens signed-off claims.
 */
import { z } from 'zod';
import { CONVENTION_CHOICES } from '../domain/measures/reinterpret';

const NAMES = CONVENTION_CHOICES.map((c) => c.name) as [string, ...string[]];

export const ConventionsForm = z.object({
  conventions: z.enum(NAMES, { errorMap: () => ({ message: 'Choose the conventions to use.' }) }),
  /** "1" once the editor has seen how many signed-off claims the switch reopens. */
  confirm: z
    .string()
    .optional()
    .transform((s) => s === '1'),
});

/** What the form posts (for useForm's field types). */
export type ConventionsFormInput = z.input<typeof ConventionsForm>;
