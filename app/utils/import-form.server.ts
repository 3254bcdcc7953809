import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from '@remix-run/node';
import {
  formatOfFile,
  ImportInputError,
  MAX_ARTICLE_BYTES,
  normaliseDate,
  normaliseUrl,
  type ImportInput,
} from '../domain/articles/import-input';
import { decodeText } from '../domain/articles/decode-text';
import { assertFormBody } from './form.server';
import { hasVisibleText } from '../domain/visible-text';

export interface ImportFormValues {
  text: string;
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  format: string;
}

/** Reads the import form (multipart or urlencoded); oversize bodies stop at 5 MB with a 413. */
export async function readImportForm(request: Request): Promise<{ values: ImportFormValues; file: File | null }> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  // Form fields add a little on top of the article itself.
  if (declared > MAX_ARTICLE_BYTES + 256 * 1024) {
    throw new ImportInputError('The file is larger than the 5 MB limit', 'file', 'too-large');
  }
  assertFormBody(request);
  let form: FormData;
  try {
    const type = request.headers.get('Content-Type') ?? '';
    form = type.startsWith('multipart/form-data')
      ? await unstable_parseMultipartFormData(
          request,
          unstable_createMemoryUploadHandler({ maxPartSize: MAX_ARTICLE_BYTES }),
        )
      : await request.formData();
  } catch (e) {
    if (e instanceof MaxPartSizeExceededError) {
      throw new ImportInputError('The file is larger than the 5 MB limit', 'file', 'too-large');
    }
    throw new ImportInputError('The form could not be read; please try again', 'text');
  }
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : '';
  };
  const f = form.get('file');
  const file = f && typeof f !== 'string' && f.size > 0 ? f : null;
  return {
    values: {
      text: str('text'),
      title: str('title'),
      url: str('url'),
      publisher: str('publisher'),
      publishedAt: str('publishedAt'),
      format: str('format') || 'text',
    },
    file,
  };
}

/** True when the form gives a URL and nothing to import from it but the page itself (no text, no file). */
export function isUrlOnly(values: ImportFormValues, file: File | null): boolean {
  return !file && !hasVisibleText(values.text) && values.url.trim() !== '';
}

/** The URL-only form as a fetch request, its URL and date checked as for a paste (400 for a bad one). */
export function toUrlRequest(values: ImportFormValues) {
  return {
    url: normaliseUrl(values.url)!,
    title: values.title.trim() || null,
    publisher: values.publisher.trim() || null,
    publishedAt: normaliseDate(values.publishedAt),
  };
}

/** Turns the form into an ImportInput, or throws an ImportInputError naming the field. */
export async function toImportInput(values: ImportFormValues, file: File | null): Promise<ImportInput> {
  let text = values.text;
  let format: 'text' | 'html' = values.format === 'html' ? 'html' : 'text';
  let fileName: string | null = null;
  if (file) {
    format = formatOfFile(file.name);
    fileName = file.name;
    text = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  } else if (values.format !== 'text' && values.format !== 'html') {
    throw new ImportInputError('Choose plain text or HTML', 'format');
  } else if (format === 'text' && /^\s*<(!doctype html|html)[\s>]/i.test(text)) {
    // Pasted page source: treat it as the HTML it is.
    format = 'html';
  }
  if (!hasVisibleText(text)) {
    throw new ImportInputError('The article is empty: paste its text or choose a file', file ? 'file' : 'text');
  }
  return {
    text,
    format,
    fileName,
    title: values.title.trim() || null,
    url: normaliseUrl(values.url),
    publisher: values.publisher.trim() || null,
    publishedAt: normaliseDate(values.publishedAt),
  };
}
