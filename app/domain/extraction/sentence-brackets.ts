const LF = 10;
const MAX_SPAN = 2000;

/**
 * Pairs each "(" or "[" with its closing bracket on the same line, so the
 * scanner can keep "(He worked as an engineer.) at the University" whole.
 * Unbalanced and very long pairs are left out: a stray bracket must not
 * swallow the rest of the text.
 *
 * @example matchBrackets('a (b.) c') // Map { 2 => 5 }
 */
export function matchBrackets(body: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  // Jump between the only characters that matter; a one-class regex cannot backtrack.
  const interesting = /[()[\]\n]/g;
  for (let m = interesting.exec(body); m !== null; m = interesting.exec(body)) {
    const i = m.index;
    const c = body.charCodeAt(i);
    if (c === 40 || c === 91) {
      if (stack.length < 64) stack.push(i);
    } else if (c === 41 || c === 93) {
      const open = stack.length ? stack[stack.length - 1] : -1;
      if (open >= 0 && body.charCodeAt(open) === (c === 41 ? 40 : 91)) {
        stack.pop();
        if (i - open <= MAX_SPAN) pairs.set(open, i);
      }
    } else if (c === LF) {
      stack.length = 0;
    }
  }
  return pairs;
}
