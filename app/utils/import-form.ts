/**
 * The import form's schema (/articles/new), parsed with Conform on the server
 * and in the browser: paste text, upload a file, or give a URL alone.
 * What the file holds (its type, its bytes) is read after the parse, on the
 * server (app/utils/import-form.server.ts).
 */
import { z } from 'zod';
import { MAX_ARTICLE_BYTES } from '../domain/articles/import-input';
import { hasVisibleText } from '../domain/visible-text';
import { optionalDate, optionalText, optionalUrl, tooLong } from './form-fields';

export const ImportForm = z
  .object({
    text: z.string().max(MAX_ARTICLE_BYTES, tooLong(MAX_ARTICLE_BYTES)).optional().default(''),
    format: z.enum(['text', 'html'], { errorMap: () => ({ message: 'Choose plain text or HTML' }) }).default('text'),
    // Conform reads an empty file input as missing.
    file: z.instanceof(File).optional(),
    title: optionalText(500),
    url: optionalUrl(2000, 'Give the article’s full address, starting with http:// or https://'),
    publisher: optionalText(200),
    publishedAt: optionalDate('The publication date must be a real date like 2020-02-27'),
  })
  .superRefine((v, ctx) => {
    if (!v.file && !v.url && !hasVisibleText(v.text)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['text'], message: 'The article is empty: paste its text, choose a file or give its URL' });
    }
  });

export type ImportFormValue = z.output<typeof ImportForm>;

/**
 * The same form as the browser checks it: a file past the 5 MB limit is
 * refused beside its field before the upload starts (a body past the
 * server's 6 MB cap never reaches the page's action, so its answer could not
 * be shown there). The server refuses such a file itself with 413.
 */
export const ImportFormInBrowser = ImportForm.superRefine((v, ctx) => {
  if (v.file && v.file.size > MAX_ARTICLE_BYTES) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['file'], message: 'The file is larger than the 5 MB limit' });
  }
});
