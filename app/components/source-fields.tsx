import type { ReactNode } from 'react';
import { SOURCE_KINDS } from '../domain/sources/source-input';

export interface SourceValues {
  url?: string;
  title?: string;
  publisher?: string | null;
  kind?: string;
  publishedAt?: string | null;
  accessedAt?: string | null;
  archivedUrl?: string | null;
  notes?: string | null;
}

/** One field with its label and, when the form was refused, its message beside it. */
function Field({ label, name, error, children }: { label: string; name: string; error?: string; children: ReactNode }) {
  return (
    <label>
      {label}
      {children}
      {error ? (
        <span className="field-error" id={`${name}-error`}>
          {error}
        </span>
      ) : null}
    </label>
  );
}

/**
 * The fields of a source, for the library's add and edit forms and a new
 * source given as evidence: `v` the values to show, `errors` each field's
 * message (from the source form's schema).
 */
export function SourceFields({ v, errors = {}, required = true }: { v: SourceValues; errors?: Record<string, string | undefined>; required?: boolean }) {
  const aria = (name: string) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {});
  return (
    <div className="grid-2">
      <Field label="URL" name="url" error={errors.url}>
        <input name="url" type="url" required={required} placeholder="https://…" defaultValue={v.url ?? ''} {...aria('url')} />
      </Field>
      <Field label="Title" name="title" error={errors.title}>
        <input name="title" required={required} maxLength={500} defaultValue={v.title ?? ''} {...aria('title')} />
      </Field>
      <Field label="Publisher" name="publisher" error={errors.publisher}>
        <input name="publisher" maxLength={200} defaultValue={v.publisher ?? ''} {...aria('publisher')} />
      </Field>
      <Field label="Kind" name="kind" error={errors.kind}>
        <select name="kind" defaultValue={v.kind ?? 'news_report'} {...aria('kind')}>
          {SOURCE_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Published" name="publishedAt" error={errors.publishedAt}>
        <input name="publishedAt" type="date" defaultValue={v.publishedAt ?? ''} {...aria('publishedAt')} />
      </Field>
      <Field label="Accessed" name="accessedAt" error={errors.accessedAt}>
        <input name="accessedAt" type="date" defaultValue={v.accessedAt ?? ''} {...aria('accessedAt')} />
      </Field>
      <Field label="Archived URL" name="archivedUrl" error={errors.archivedUrl}>
        <input name="archivedUrl" type="url" defaultValue={v.archivedUrl ?? ''} {...aria('archivedUrl')} />
      </Field>
      <Field label="Notes" name="notes" error={errors.notes}>
        <input name="notes" maxLength={5000} defaultValue={v.notes ?? ''} {...aria('notes')} />
      </Field>
    </div>
  );
}
