import { Form } from '@remix-run/react';

/** Split, merge with the next claim, dismiss a non-claim or restore it. Nothing is deleted. */
export function StructureSection({ claim }: { claim: { version: number; dismissedAt: string | null; mergedInto: number | null } }) {
  if (claim.dismissedAt) {
    return (
      <section className="card" aria-label="Claim structure">
        <h3>Dismissed</h3>
        <p>
          {claim.mergedInto ? `Merged into claim ${claim.mergedInto}` : 'Marked as not a claim'} on {claim.dismissedAt.slice(0, 10)}.
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value="restore" />
          <input type="hidden" name="version" value={claim.version} />
          <button type="submit">Restore claim</button>
        </Form>
      </section>
    );
  }
  return (
    <section className="card" aria-label="Claim structure">
      <h3>Split, merge, dismiss</h3>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="split" />
        <input type="hidden" name="version" value={claim.version} />
        <input name="startsWith" placeholder="Words where the second claim starts" aria-label="Split before these words" required />
        <button type="submit">Split</button>
      </Form>
      <div className="inline-form">
        <Form method="post">
          <input type="hidden" name="intent" value="merge" />
          <input type="hidden" name="version" value={claim.version} />
          <button type="submit">Merge with next claim</button>
        </Form>
        <Form method="post">
          <input type="hidden" name="intent" value="dismiss" />
          <input type="hidden" name="version" value={claim.version} />
          <button type="submit">Not a claim: dismiss</button>
        </Form>
      </div>
    </section>
  );
}
