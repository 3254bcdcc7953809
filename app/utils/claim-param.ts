/**
 * True when a navigation only changes which claim is selected (?claim=) on
 * the same page and submits nothing: loaders need not run again.
 */
export function onlyClaimParamChanged(args: { currentUrl: URL; nextUrl: URL; formMethod?: string }): boolean {
  if (args.formMethod || args.currentUrl.pathname !== args.nextUrl.pathname) return false;
  const a = new URLSearchParams(args.currentUrl.search);
  const b = new URLSearchParams(args.nextUrl.search);
  a.delete('claim');
  b.delete('claim');
  return a.toString() === b.toString();
}
