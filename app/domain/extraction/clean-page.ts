import type { ArticleFormat, CleanedPage } from './types';

/** Baseline: text as is, HTML tags stripped. Replaced by the real clean-up. */
export function cleanPage(text: string, format: ArticleFormat, clean: boolean): CleanedPage {
  if (format === 'html') {
    const body = text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, ' ');
    return { title: null, body, credit: null };
  }
  if (!clean) return { title: null, body: text, credit: null };
  return { title: null, body: text, credit: null };
}
