/**
 * The measure forms' schemas (one per form, used by parseWithZod on the
 * server and useForm in the browser): a new measure on /measures, and the
 * edit form with the other intents of /measures/:id.
 */
import { z } from 'zod';
import { idField, optionalAmount, optionalDate, optionalText, requiredText, versionField } from './form-fields';

/** A measure's editable fields. */
export const measureFields = z.object({
  label: requiredText(200, 'Say what the figures estimate, e.g. "People displaced in Idlib since 1 Dec 2019"'),
  unit: z.enum(['count', 'percent', 'money'], { errorMap: () => ({ message: 'Unit must be count, percent or money' }) }).default('count'),
  place: optionalText(200),
  periodStart: optionalDate(),
  periodEnd: optionalDate(),
  acceptedLow: optionalAmount('900,000'),
  acceptedHigh: optionalAmount('1,000,000'),
  rationale: optionalText(2000),
});

type Fields = z.output<typeof measureFields>;

/** The rules across fields: a window that ends after it starts, low ≤ high, and a reason for any accepted estimate. */
function measureRules(v: Fields, ctx: z.RefinementCtx): void {
  if (v.periodStart && v.periodEnd && v.periodStart > v.periodEnd) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['periodEnd'], message: 'The window ends before it starts' });
  }
  if (v.acceptedLow !== null && v.acceptedHigh !== null && v.acceptedLow > v.acceptedHigh) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['acceptedHigh'], message: 'High must not be below low' });
  }
  if ((v.acceptedLow !== null || v.acceptedHigh !== null) && !v.rationale) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['rationale'], message: 'Say why you accept this estimate' });
  }
}

/** The fields only (what the services take), from a parsed form. */
export function fieldsOf(v: Fields): Fields {
  const { label, unit, place, periodStart, periodEnd, acceptedLow, acceptedHigh, rationale } = v;
  return { label, unit, place, periodStart, periodEnd, acceptedLow, acceptedHigh, rationale };
}

const suggestion = idField('suggestion');
const figure = idField('figure');

/** /measures: make a measure by hand (optionally from one figure), or decide a suggestion. */
export const MeasureListAction = z
  .discriminatedUnion('intent', [
    measureFields.extend({ intent: z.literal('create'), figure: figure.optional() }),
    z.object({ intent: z.literal('accept'), suggestion, label: optionalText(200) }),
    z.object({ intent: z.literal('reject'), suggestion }),
  ])
  .superRefine((v, ctx) => {
    if (v.intent === 'create') measureRules(v, ctx);
  });

/** The new-measure form alone (for the browser's validation). */
export const NewMeasureForm = measureFields.extend({ intent: z.literal('create'), figure: figure.optional() }).superRefine(measureRules);

const bound = z.string().max(30, 'A plain number').optional().default('');

/** /measures/:id: edit the measure, attach, detach or correct a figure, decide a suggestion. */
export const MeasureAction = z
  .discriminatedUnion('intent', [
    measureFields.extend({ intent: z.literal('edit'), version: versionField }),
    z.object({ intent: z.literal('attach'), figure, q: optionalText(200) }),
    z.object({ intent: z.literal('detach'), figure }),
    z.object({ intent: z.literal('correct'), figure, low: bound, high: bound }),
    z.object({ intent: z.literal('accept'), suggestion }),
    z.object({ intent: z.literal('reject'), suggestion }),
  ])
  .superRefine((v, ctx) => {
    if (v.intent === 'edit') measureRules(v, ctx);
  });

/** The edit form alone (for the browser's validation). */
export const EditMeasureForm = measureFields.extend({ intent: z.literal('edit'), version: versionField }).superRefine(measureRules);
