/**
 * The source forms' schema (the library's add and edit forms, and a new
 * source given as evidence on the claim page), parsed with Conform on the
 * server and in the browser. No server code here: components import from it.
 */
import { z } from 'zod';
import { SOURCE_KINDS, type SourceInput, type SourceKind } from '../domain/sources/source-input';
import { optionalDate, optionalText, optionalUrl, requiredText, requiredUrl, versionField } from './form-fields';

const kinds = SOURCE_KINDS.map((k) => k.value) as [SourceKind, ...SourceKind[]];
const dateMessage = 'Use a real date like 2020-02-20';

/** A source's fields, checked and trimmed (URLs as written; the service keys them). */
export const sourceFields = z.object({
  url: requiredUrl(2000, 'The source URL must be a full http:// or https:// address'),
  title: requiredText(500, 'Give the source a title'),
  publisher: optionalText(200),
  kind: z.enum(kinds, { errorMap: () => ({ message: 'Choose what kind of source this is' }) }),
  publishedAt: optionalDate(dateMessage),
  accessedAt: optionalDate(dateMessage),
  archivedUrl: optionalUrl(2000, 'The archived URL must be a full http:// or https:// address'),
  notes: optionalText(5000),
}) satisfies z.ZodType<SourceInput, z.ZodTypeDef, unknown>;

/** The names of a source's fields, in form order. */
export const SOURCE_FIELD_NAMES = Object.keys(sourceFields.shape) as Array<keyof SourceInput>;

/** /sources: add a source to the library. */
export const NewSourceForm = sourceFields;

/** /sources/:id: keep a snapshot of the page ("Archive now"), or edit the source at the version seen. */
export const SourceAction = z.discriminatedUnion(
  'intent',
  [z.object({ intent: z.literal('archive') }), sourceFields.extend({ intent: z.literal('edit'), version: versionField })],
  { errorMap: (issue, ctx) => ({ message: issue.code === 'invalid_union_discriminator' ? 'Unknown action' : ctx.defaultError }) },
);

/** The edit form alone (for the browser's validation). */
export const EditSourceForm = sourceFields.extend({ intent: z.literal('edit'), version: versionField });
