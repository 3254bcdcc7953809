import type { ArticleFormat } from '../extraction/types';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface ImportInput {
  text: string;
  format: ArticleFormat;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  fileName: string | null;
}

/**
 * An import the input itself rules out: `kind` says whether it is too large,
 * of a type Claimdesk cannot read, or a field to fix; `field` names the form
 * field to show it beside.
 */
export class ImportInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly kind: 'invalid' | 'too-large' | 'unsupported' = 'invalid',
  ) {
    super(message);
    this.name = 'ImportInputError';
  }
}

const EXTENSIONS: Record<string, ArticleFormat> = { txt: 'text', md: 'text', html: 'html', htm: 'html' };

/** The format a file name implies, or an ImportInputError ('unsupported'): `formatOfFile('a.md') === 'text'`. */
export function formatOfFile(name: string): ArticleFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const format = EXTENSIONS[ext];
  if (!format) throw new ImportInputError(`"${name}" is not a .txt, .md or .html file`, 'file', 'unsupported');
  return format;
}

/** Rejects bytes that are not text: NUL bytes or many control characters. */
export function assertTextual(text: string, what: string): void {
  if (text.includes('\u0000')) {
    throw new ImportInputError(`${what} looks like a binary file, not text or HTML`, 'file', 'unsupported');
  }
  let control = 0;
  for (let i = 0; i < Math.min(text.length, 10_000); i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 10) throw new ImportInputError(`${what} looks like a binary file, not text or HTML`, 'file', 'unsupported');
}

/** A title when the page gave none: the first short line, else the file name. */
export function fallbackTitle(body: string, fileName: string | null): string {
  const line = body.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  if (line && line.length <= 140) return line;
  if (fileName) return fileName.replace(/\.[a-z0-9]+$/i, '');
  return line ? `${line.slice(0, 100).trimEnd()}…` : 'Untitled article';
}
