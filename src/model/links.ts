import path from 'node:path/posix';
import type { Question } from './types.js';

export type ResolvedLink =
  | { kind: 'external' }
  | { kind: 'anchor' }
  | { kind: 'unsafe'; scheme: string }
  | { kind: 'absolute' }
  | { kind: 'outside' }
  | { kind: 'missing'; target: string }
  | { kind: 'file'; target: string; hash: string };

const safeSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// A framework's lessons repeat the same few links from the same folders: each (folder, url) is resolved once per
// file set (the links rule, the site's pages and its copied files all ask).
const resolved = new WeakMap<ReadonlySet<string>, Map<string, ResolvedLink>>();

/**
 * Resolves a link written in `file` against the root: relative to the file, and for `assets/...` also from the
 * root when the file-relative path does not exist (FORMAT.md allows both spellings).
 */
export function resolveLink(file: string, url: string, files: ReadonlySet<string>): ResolvedLink {
  let memo = resolved.get(files);
  if (!memo) {
    memo = new Map();
    resolved.set(files, memo);
  }
  const key = `${path.dirname(file)}\0${url}`;
  let link = memo.get(key);
  if (!link) {
    link = resolveUncached(file, url, files);
    if (memo.size > 100_000) memo.clear();
    memo.set(key, link);
  }
  return link;
}

function resolveUncached(file: string, url: string, files: ReadonlySet<string>): ResolvedLink {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'anchor' };
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme)
    return safeSchemes.has(scheme) ? { kind: 'external' } : { kind: 'unsafe', scheme: scheme.slice(0, -1) };
  if (trimmed.startsWith('//')) return { kind: 'external' };
  if (trimmed.startsWith('/') || trimmed.startsWith('\\')) return { kind: 'absolute' };
  const hashAt = trimmed.search(/[?#]/);
  const pathPart = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : trimmed.slice(hashAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart).normalize('NFC');
  } catch {
    decoded = pathPart;
  }
  const target = path.normalize(path.join(path.dirname(file), decoded));
  if (target.startsWith('../') || target === '..') {
    return decoded.startsWith('assets/') ? fromRoot(decoded, hash, files) : { kind: 'outside' };
  }
  if (files.has(target)) return { kind: 'file', target, hash };
  if (decoded.startsWith('assets/')) return fromRoot(decoded, hash, files);
  return { kind: 'missing', target };
}

function fromRoot(decoded: string, hash: string, files: ReadonlySet<string>): ResolvedLink {
  const target = path.normalize(decoded);
  if (target.startsWith('../')) return { kind: 'outside' };
  return files.has(target) ? { kind: 'file', target, hash } : { kind: 'missing', target };
}

const inlineLink = /!?\[[^\]]*\]\(\s*<?([^)\s>]+)/g;

const linkUrls = new WeakMap<Question, string[]>();

/** The URLs a question's Markdown texts link to (stem, feedback, then each choice's text and feedback). */
export function questionLinkUrls(question: Question): string[] {
  // Asked by the checks and again by the site's pages: worked out once per question.
  let urls = linkUrls.get(question);
  if (!urls) {
    urls = scanQuestion(question);
    linkUrls.set(question, urls);
  }
  return urls;
}

function scanQuestion(question: Question): string[] {
  const texts = [
    question.stem,
    question.feedback,
    ...('choices' in question ? question.choices.flatMap((c) => [c.text, c.feedback]) : []),
  ];
  const urls: string[] = [];
  for (const text of texts) {
    for (const value of Object.values(text ?? {})) {
      // An inline link needs `](`: most texts have none, and are not scanned.
      if (value.includes('](')) for (const m of value.matchAll(inlineLink)) urls.push(m[1] as string);
    }
  }
  return urls;
}
