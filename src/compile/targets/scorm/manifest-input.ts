/** One SCO of a package: an item in the organization and the resource that launches it. */
export interface ScoItem {
  /** Unique within the package, an NCName (items `I-…`, resources `R-…` derive from it). */
  key: string;
  title: string;
  href: string;
  /** Every file the SCO needs besides the shared runtime: its page, images it shows. */
  files: string[];
}

/** Everything a manifest of either edition says about one package. */
export interface ManifestInput {
  identifier: string;
  title: string;
  description: string;
  locale: string;
  version: string;
  keywords: string[];
  lessonsTitle: string;
  lessons: ScoItem[];
  assessment?: ScoItem & { passScore: number };
  /** Files under shared/ that every SCO depends on. */
  shared: string[];
}

/** An xs:ID made of the characters our ids allow, always starting with a letter. */
export function ncName(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

const fixed: Record<string, string> = {
  xmlns: 'http://www.w3.org/2000/xmlns/',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/** Sets attributes, prefixed ones (`xmlns:adlcp`, `adlcp:scormType`) in their namespace, as well-formed output needs. */
export function setAttributes<T extends { att(ns: string | null, name: string, value: string): T }>(
  el: T,
  attributes: Record<string, string>,
  namespaces: Record<string, string>,
): T {
  for (const [name, value] of Object.entries(attributes)) {
    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : undefined;
    el.att(prefix ? (fixed[prefix] ?? namespaces[prefix] ?? null) : null, name, value);
  }
  return el;
}
