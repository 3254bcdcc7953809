import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from '@remix-run/node';
import { formatOfFile, ImportInputError, MAX_ARTICLE_BYTES, type ImportInput } from '../domain/articles/import-input';
import { decodeText } from '../domain/articles/decode-text';
import { hasVisibleText } from '../domain/visible-text';
import { assertFormBody } from './form.server';
import type { ImportFormValue } from './import-form';

/**
 * Reads the import form (multipart or urlencoded). Throws ImportInputError:
 * 'too-large' (413) past 5 MB, 'invalid' (400) for a body that cannot be read;
 * a 415 Response for a body that is not a form.
 */
export async function readImportForm(request: Request): Promise<FormData> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  // Form fields add a little on top of the article itself.
  if (declared > MAX_ARTICLE_BYTES + 256 * 1024) {
    throw new ImportInputError('The file is larger than the 5 MB limit', 'file', 'too-large');
  }
  assertFormBody(request);
  try {
    const type = request.headers.get('Content-Type') ?? '';
    return type.startsWith('multipart/form-data')
      ? await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_ARTICLE_BYTES }))
      : await request.formData();
  } catch (e) {
    if (e instanceof MaxPartSizeExceededError) {
      throw new ImportInputError('The file is larger than the 5 MB limit', 'file', 'too-large');
    }
    throw new ImportInputError('The form could not be read; please try again', 'text');
  }
}

/** The parsed form as a fetch request when it gives a URL and nothing else to import (no text, no file); else null. */
export function urlOnlyRequest(v: ImportFormValue): { url: string; title: string | null; publisher: string | null; publishedAt: string | null } | null {
  if (v.file || hasVisibleText(v.text) || !v.url) return null;
  return { url: v.url, title: v.title, publisher: v.publisher, publishedAt: v.publishedAt };
}

/**
 * The parsed form as an ImportInput: an uploaded file's text and format, or
 * the paste (page source pasted as plain text is read as the HTML it is).
 * Throws ImportInputError 'unsupported' (415) for a file that is not .txt,
 * .md or .html, or not text; 'invalid' (400) for a file with nothing in it.
 */
export async function toImportInput(v: ImportFormValue): Promise<ImportInput> {
  const { file } = v;
  const fileName = file?.name ?? null;
  const format = file ? formatOfFile(file.name) : v.format === 'text' && /^\s*<(!doctype html|html)[\s>]/i.test(v.text) ? 'html' : v.format;
  const text = file ? decodeText(new Uint8Array(await file.arrayBuffer()), file.name) : v.text;
  if (!hasVisibleText(text)) throw new ImportInputError('The article is empty: paste its text or choose a file', file ? 'file' : 'text');
  return { text, format, fileName, title: v.title, url: v.url, publisher: v.publisher, publishedAt: v.publishedAt };
}
