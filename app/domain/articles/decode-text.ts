import { ImportInputError } from './import-input';

/**
 * Bytes of an uploaded article as text: UTF-8 when valid, else Windows-1252
 * (what older news sites and Office exports use), never silently mangled.
 * NUL bytes mean a binary file (415).
 *
 * @example decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'a.txt') === 'café'
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new ImportInputError(`${name} looks like a binary file, not text or HTML`, 'file', 'unsupported');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return decodeWindows1252(bytes);
  }
}

// 0x80–0x9F of Windows-1252 (curly quotes, dashes, €…). Written out because
// Node 20's TextDecoder('windows-1252') decodes those bytes as Latin-1 controls.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let part = '';
    for (const b of chunk) part += b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b);
    out += part;
  }
  return out;
}
