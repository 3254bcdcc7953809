import { Form } from '@remix-run/react';
import { STANCES, sourceKindLabel } from '../../domain/sources/source-input';
import { SourceFields } from '../source-fields';
import { describeInterval } from '../../utils/describe-interval';
import { httpUrl } from '../../domain/http-url';
import type { Evidence } from '../../domain/sources/evidence';

/** An evidence link as the section lists it. */
type EvidenceItem = Omit<Evidence, 'claimId' | 'createdAt'>;

interface SourceFigure {
  id: number;
  sourceId: number | null;
  text: string;
  low: number | null;
  high: number | null;
  asOf: string | null;
}

interface LibraryItem {
  id: number;
  title: string;
  url: string;
  publisher: string | null;
  kind: string;
  usedBy: number;
}

interface Props {
  version: number;
  evidence: EvidenceItem[];
  sourceFigures: SourceFigure[];
  library: LibraryItem[];
  sourceQuery: string;
  values?: Record<string, string>;
  /** Each field's message when the form was refused. */
  errors?: Record<string, string>;
}

/** Evidence on the claim, and the form to add more from the library or a new source. */
export function EvidenceSection({ evidence, sourceFigures, library, sourceQuery, values, errors = {} }: Props) {
  const v = values ?? {};
  return (
    <section className="card" aria-label="Evidence">
      <h3>Evidence</h3>
      {evidence.length === 0 ? <p className="empty">No sources yet.</p> : null}
      <ul className="evidence">
        {evidence.map((e) => {
          const url = httpUrl(e.sourceUrl);
          const figures = sourceFigures.filter((f) => f.sourceId === e.sourceId);
          return (
            <li key={e.id}>
              <div className="evidence-head">
                <span>
                  <span className={`stance stance-${e.stance}`}>{e.stance}</span>{' '}
                  {url ? (
                    <a href={url} target="_blank" rel="noreferrer noopener">
                      {e.sourceTitle}
                    </a>
                  ) : (
                    e.sourceTitle
                  )}
                  <span className="muted">
                    {' '}
                    · {e.sourcePublisher ?? 'unknown publisher'} · {sourceKindLabel(e.sourceKind)}
                    {e.addedBy ? ` · added by ${e.addedBy}` : ''}
                  </span>
                </span>
                <Form method="post">
                  <input type="hidden" name="intent" value="evidence-remove" />
                  <input type="hidden" name="evidenceId" value={e.id} />
                  <button type="submit" className="link-like">
                    Remove
                  </button>
                </Form>
              </div>
              {e.excerpt ? <blockquote>{e.excerpt}</blockquote> : null}
              {e.note ? <p className="note">{e.note}</p> : null}
              {figures.length ? (
                <p className="source-figures">
                  Figures from this source:{' '}
                  {figures.map((f) => (
                    <span key={f.id} className="chip">
                      {f.text} = {describeInterval(f.low, f.high)}
                      {f.asOf ? ` (as of ${f.asOf})` : ''}
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <details className="add-evidence" open={evidence.length === 0 || !!sourceQuery || !!v.intent}>
        <summary>Add evidence</summary>
        <Form method="get" className="inline-form library-search">
          <input type="search" name="source" defaultValue={sourceQuery} placeholder="Search the source library" aria-label="Search the source library" />
          <button type="submit">Search library</button>
        </Form>
        {/* Keyed on the evidence count: a saved form starts empty again, a refused one keeps its values. */}
        <Form method="post" className="stack" key={evidence.length}>
          <input type="hidden" name="intent" value="evidence-add" />
          {library.length ? (
            <fieldset className="library-results">
              <legend>From the library</legend>
              {library.map((s) => (
                <label key={s.id} className="radio">
                  <input type="radio" name="sourceId" value={s.id} defaultChecked={v.sourceId === String(s.id)} /> {s.title}
                  <span className="muted">
                    {' '}
                    · {s.publisher ?? s.url} · used {s.usedBy}×
                  </span>
                </label>
              ))}
              <label className="radio">
                <input type="radio" name="sourceId" value="" defaultChecked={!v.sourceId} /> A new source (below)
              </label>
            </fieldset>
          ) : sourceQuery ? (
            <p className="empty">No source in the library matches “{sourceQuery}”; enter it below.</p>
          ) : null}
          <fieldset className="new-source">
            <legend>New source</legend>
            {/* Not required: a library source chosen above needs none of these. */}
            <SourceFields v={v} errors={errors} required={false} />
          </fieldset>
          <div className="grid-2">
            <label>
              Stance
              <select name="stance" defaultValue={v.stance ?? 'supports'}>
                {STANCES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Figure the source gives <span className="optional">(optional)</span>
              <input name="figureText" placeholder="948,000 people displaced" defaultValue={v.figureText} />
            </label>
            <label>
              Figure as of
              <input name="figureAsOf" type="date" defaultValue={v.figureAsOf} aria-invalid={errors.figureAsOf ? true : undefined} />
              {errors.figureAsOf ? <span className="field-error">{errors.figureAsOf}</span> : null}
            </label>
          </div>
          <label>
            Excerpt
            <textarea name="excerpt" rows={2} defaultValue={v.excerpt} />
          </label>
          <label>
            Note
            <input name="note" defaultValue={v.note} />
          </label>
          <button type="submit" className="primary">
            Add evidence
          </button>
        </Form>
      </details>
    </section>
  );
}
