import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

const lenient = new TextDecoder('utf-8', { fatal: false });

export type Decoded = { text: string } | { diagnostic: Diagnostic };

/** Decodes UTF-8 (BOM dropped), normalises to NFC; names the line of the first bad byte otherwise. */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      diagnostic: {
        ruleId: 'encoding',
        severity: 'error',
        file,
        message: 'File is UTF-16; the format reads UTF-8 only',
        hint: 'Save the file as UTF-8 in your editor.',
      },
    };
  }
  // Checked first, then decoded without a check of its own: twice as fast as a fatal TextDecoder.
  if (!isUtf8(bytes)) {
    const approximate = lenient.decode(bytes);
    const at = approximate.indexOf('\uFFFD');
    const before = approximate.slice(0, Math.max(at, 0));
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    return {
      diagnostic: {
        ruleId: 'encoding',
        severity: 'error',
        file,
        start: { line, column },
        message: 'File is not valid UTF-8 (is it Latin-1 or Windows-1258?)',
        hint: 'Save the file as UTF-8 in your editor.',
      },
    };
  }
  const decoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.includes('\u0000')) {
    const at = text.indexOf('\u0000');
    const before = text.slice(0, at);
    return {
      diagnostic: {
        ruleId: 'encoding',
        severity: 'error',
        file,
        start: { line: before.split('\n').length, column: at - before.lastIndexOf('\n') },
        message: 'File contains a NUL character: it looks binary, not text',
        hint: 'Remove the NUL character, or move binary files to assets/.',
      },
    };
  }
  return { text: text.normalize('NFC') };
}
