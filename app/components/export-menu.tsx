/**
 * The review screen's export menu (editors only). A plain GET form, so it
 * works without JavaScript: each button posts the same options (drafts,
 * paper, the published page for ClaimReview) to its format's resource
 * route; the print view opens in a new tab.
 */
export function ExportMenu({ articleId, signedOff }: { articleId: number; signedOff: number }) {
  const base = `/articles/${articleId}`;
  return (
    <details className="export-menu">
      <summary>Export</summary>
      <form method="get" action={`${base}/export.md`} className="export-options" aria-label="Export this article">
        <p className="hint">
          {signedOff} signed-off {signedOff === 1 ? 'claim' : 'claims'}.
        </p>
        <label className="checkbox">
          <input type="checkbox" name="drafts" value="1" /> Include drafts (marked as drafts)
        </label>
        <label>
          Paper for printing
          <select name="paper" defaultValue="a4">
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </label>
        <label>
          Page the fact-check is published on <span className="optional">(ClaimReview only: each review becomes PAGE#claim-N; empty: the desk’s own claim pages)</span>
          <input type="url" name="url" placeholder="https://…" />
        </label>
        <div className="export-buttons">
          <button type="submit" formAction={`${base}/export.html`} formTarget="_blank" className="primary">
            Print view
          </button>
          <button type="submit" formAction={`${base}/export.md`}>
            Markdown
          </button>
          <button type="submit" formAction={`${base}/export.csv`}>
            CSV: claims
          </button>
          <button type="submit" formAction={`${base}/figures.csv`}>
            CSV: figures
          </button>
          <button type="submit" formAction={`${base}/export.json`}>
            JSON
          </button>
          <button type="submit" formAction={`${base}/claimreview.json`}>
            ClaimReview
          </button>
        </div>
      </form>
    </details>
  );
}
