/**
 * Flattens a DOM subtree into plain-text paragraphs: block elements start a
 * new paragraph, <br> a new line, whitespace collapses as a browser would
 * render it, and scripts, styles, forms and navigation are skipped.
 */

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'nav', 'form',
  'button', 'select', 'input', 'textarea', 'label', 'menu', 'dialog', 'head', 'title', 'meta', 'link',
]);

/** Elements that stand apart from the text around them. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'caption', 'hr', 'address', 'details', 'summary', 'center', 'body', 'html',
]);

/** Extra elements skipped when there is no Readability result to trust. */
export const CHROME = new Set(['header', 'footer', 'aside']);

/** A paragraph of page text and how much of it sits inside links. */
export interface HtmlBlock {
  text: string;
  /** Characters inside <a> elements divided by all characters, 0–1. */
  linkShare: number;
}

interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Paragraphs of the text under `root`, in document order.
 *
 * @example htmlBlocks(parseHTML('<p>One <a>two</a></p><p>Three<br>four</p>').document.body)
 * // [{ text: 'One two', linkShare: 0.43 }, { text: 'Three\nfour', linkShare: 0 }]
 */
export function htmlBlocks(root: unknown, skipAlso: ReadonlySet<string> = new Set()): HtmlBlock[] {
  const paragraphs: HtmlBlock[] = [];
  let current = '';
  let linkChars = 0;
  let inLink = 0;
  const flush = (): void => {
    if (current === '') return;
    const linkShare = Math.min(1, linkChars / Math.max(1, current.replace(/\s+/g, '').length));
    for (const para of current.split(/\n[ ]*\n/)) {
      const lines: string[] = [];
      for (const line of para.split('\n')) {
        const t = line.trim();
        if (t !== '') lines.push(t);
      }
      if (lines.length) paragraphs.push({ text: lines.join('\n'), linkShare });
    }
    current = '';
    linkChars = 0;
  };
  // Iterative walk: deeply nested markup must not overflow the call stack.
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root as DomNode, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      if (node.localName?.toLowerCase() === 'a') inLink--;
      else flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      current += text;
      if (inLink > 0) linkChars += text.replace(/ /g, '').length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node.localName ?? '').toLowerCase();
    if (SKIPPED.has(tag) || skipAlso.has(tag)) continue;
    if (tag === 'br') {
      current += '\n';
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push({ node, leaving: true });
    } else if (tag === 'a') {
      inLink++;
      stack.push({ node, leaving: true });
    }
    const kids = node.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k], leaving: false });
  }
  flush();
  return paragraphs;
}
