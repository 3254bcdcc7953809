import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { CleanedPage } from './types';
import { CHROME, htmlBlocks, type HtmlBlock } from './clean-html-blocks';
import { cleanLines, type PageLine } from './clean-lines';
import { CAPTION_SELECTOR } from './clean-caption';

/** Longest element text that is removed as a caption. */
const MAX_CAPTION_CHARS = 400;
/** Below this many characters of text, Readability's pick is not trusted. */
const MIN_ARTICLE_CHARS = 250;

function textOf(node: { textContent: string | null } | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Extracts the article from a whole web page: Readability picks the main
 * content (on a linkedom document, no browser needed), the blocks become
 * paragraphs separated by blank lines, and furniture Readability keeps
 * (share prompts, "Related:" links, datelines) is removed as for text.
 *
 * @example cleanHtml('<html><head><title>Rebels retake town</title></head><body><nav>Home</nav><article><p>…</p></article></body></html>')
 */
export function cleanHtml(html: string): CleanedPage {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const headings = Array.from(doc.querySelectorAll('h1')).map((h) => textOf(h)).filter(Boolean);
  const fallbackTitle = headings[0] || textOf(doc.querySelector('title')) || null;
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || null;
  removeCaptions(doc);
  // Readability rewrites the document it reads, so the fallback parses its own copy.
  let article: ReturnType<Readability<unknown>['parse']> = null;
  try {
    article = new Readability<unknown>(doc, { serializer: (el) => el }).parse();
  } catch {
    article = null;
  }
  const blocks = article?.content ? htmlBlocks(article.content) : [];
  if (blocks.reduce((n, b) => n + b.text.length, 0) < MIN_ARTICLE_CHARS) {
    // Readability found nothing convincing: take the page's text without its
    // chrome and let the text clean-up find the article in it.
    const page = parseHTML(html).document as unknown as Document;
    removeCaptions(page);
    const fromText = cleanLines(toLines(htmlBlocks(page.body ?? page.documentElement, CHROME)), {
      findTitle: true,
      dropTrailingFragments: true,
    });
    return {
      title: pickTitle(article?.title, headings, siteName) || fromText.title || fallbackTitle,
      body: fromText.body,
      credit: fromText.credit ?? siteName,
      dateline: fromText.dateline,
    };
  }
  const title = pickTitle(article?.title, headings, siteName) || fallbackTitle;
  // Readability keeps what sits inside the article container: bylines, dates,
  // share prompts, "Related:" links, author boxes. The line clean-up drops them.
  const lines = toLines(blocks);
  if (title) lines.unshift({ text: title, block: -1 });
  const cleaned = cleanLines(lines, { findTitle: false, firstLineIsTitle: !!title, dropTrailingFragments: false });
  return { title, body: cleaned.body, credit: cleaned.credit ?? article?.siteName?.trim() ?? siteName, dateline: cleaned.dateline };
}

/**
 * Photo and video captions sit inside the article element, repeat its
 * figures (often older ones) and end with an agency credit: they go before
 * Readability sees the page.
 */
function removeCaptions(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(CAPTION_SELECTOR))) {
    // A wrapper whose class merely mentions captions ("has-caption") can hold the article: keep large ones.
    if ((el.textContent ?? '').length <= MAX_CAPTION_CHARS) el.remove();
  }
}

/**
 * Readability keeps "Headline | Site" when the headline alone is short. The
 * page's own <h1> inside that title, or the title without the site name, is
 * the headline.
 */
function pickTitle(title: string | null | undefined, headings: string[], siteName: string | null): string | null {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const h1 = headings.find((h) => h.length >= 10 && h !== t && t.includes(h));
  if (h1) return h1;
  if (siteName) {
    const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = t.replace(new RegExp(`\\s+[|–—:-]\\s+${site}$|^${site}\\s+[|–—:-]\\s+`, 'i'), '').trim();
    if (stripped) return stripped;
  }
  return t;
}

/** One line per line of each block, so <br>-separated furniture is judged line by line. */
function toLines(blocks: HtmlBlock[]): PageLine[] {
  const lines: PageLine[] = [];
  blocks.forEach((b, block) => {
    for (const text of b.text.split('\n')) lines.push({ text, block, linkShare: b.linkShare });
  });
  return lines;
}
