import { stripControls } from './text.js';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const escapeText = (s: string) => stripControls(s).replace(/[&<>]/g, (c) => entities[c]!);
const escapeAttribute = (s: string) => stripControls(s).replace(/[&<>"\t\n\r]/g, (c) => entities[c]!);

/**
 * A small, fast XML element writer for the hot paths of the bank formats (tens of thousands of items): the
 * xmlbuilder2 calls these files used (`ele`, `att`, `txt`, `up`, `end`) without its DOM and namespace machinery,
 * which took ~1.5 ms an item. Text and attributes are escaped and stripped of characters XML 1.0 forbids.
 */
export class XmlElement {
  private attributes = '';
  private readonly children: (XmlElement | string)[] = [];
  private hasText = false;

  constructor(
    readonly name: string,
    private readonly parent?: XmlElement,
  ) {}

  /** Adds a child element and returns it. */
  ele(name: string, attributes: Record<string, string> = {}): XmlElement {
    const child = new XmlElement(name, this);
    for (const [key, value] of Object.entries(attributes)) child.att(key, value);
    this.children.push(child);
    return child;
  }

  /** Sets an attribute (names are the caller's, prefixes included). */
  att(name: string, value: string): this {
    this.attributes += ` ${name}="${escapeAttribute(value)}"`;
    return this;
  }

  /** Appends text. */
  txt(text: string): this {
    if (text === '') return this;
    this.children.push(escapeText(text));
    this.hasText = true;
    return this;
  }

  /** The parent element (the element itself at the root). */
  up(): XmlElement {
    return this.parent ?? this;
  }

  /** The document: an XML declaration and this element, indented where no text would change (element-only content). */
  end(): string {
    const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
    this.write(out, '', true);
    out.push('\n');
    return out.join('');
  }

  private write(out: string[], indent: string, pretty: boolean): void {
    out.push(`<${this.name}${this.attributes}`);
    if (this.children.length === 0) {
      out.push('/>');
      return;
    }
    out.push('>');
    const inner = pretty && !this.hasText;
    for (const child of this.children) {
      if (inner) out.push(`\n${indent}  `);
      if (typeof child === 'string') out.push(child);
      else child.write(out, `${indent}  `, inner);
    }
    if (inner) out.push(`\n${indent}`);
    out.push(`</${this.name}>`);
  }
}

/** A document's root element with its attributes (namespace declarations included). */
export function xmlRoot(name: string, attributes: Record<string, string> = {}): XmlElement {
  const root = new XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) root.att(key, value);
  return root;
}
