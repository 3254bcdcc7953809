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

/** The fields of a source, for the library's add and edit forms. */
export function SourceFields({ v, required = true }: { v: SourceValues; required?: boolean }) {
  return (
    <div className="grid-2">
      <label>
        URL
        <input name="url" type="url" required={required} placeholder="https://…" defaultValue={v.url ?? ''} />
      </label>
      <label>
        Title
        <input name="title" required={required} defaultValue={v.title ?? ''} />
      </label>
      <label>
        Publisher
        <input name="publisher" defaultValue={v.publisher ?? ''} />
      </label>
      <label>
        Kind
        <select name="kind" defaultValue={v.kind ?? 'news_report'}>
          {SOURCE_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Published
        <input name="publishedAt" type="date" defaultValue={v.publishedAt ?? ''} />
      </label>
      <label>
        Accessed
        <input name="accessedAt" type="date" defaultValue={v.accessedAt ?? ''} />
      </label>
      <label>
        Archived URL
        <input name="archivedUrl" type="url" defaultValue={v.archivedUrl ?? ''} />
      </label>
      <label>
        Notes
        <input name="notes" defaultValue={v.notes ?? ''} />
      </label>
    </div>
  );
}
