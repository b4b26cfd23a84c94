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
// Most text and nearly every attribute has nothing to escape: one test is cheaper than a replace.
const textSpecials = /[&<>]/;
const attributeSpecials = /[&<>"\t\n\r]/;
const escapeText = (s: string) => {
  const clean = stripControls(s);
  return textSpecials.test(clean) ? clean.replace(/[&<>]/g, (c) => entities[c]!) : clean;
};
const escapeAttribute = (s: string) => {
  const clean = stripControls(s);
  return attributeSpecials.test(clean) ? clean.replace(/[&<>"\t\n\r]/g, (c) => entities[c]!) : clean;
};

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
    for (const key in attributes) child.att(key, attributes[key] as string);
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
    return `<?xml version="1.0" encoding="UTF-8"?>\n${this.write('', true)}\n`;
  }

  private write(indent: string, pretty: boolean): string {
    if (this.children.length === 0) return `<${this.name}${this.attributes}/>`;
    let out = `<${this.name}${this.attributes}>`;
    const inner = pretty && !this.hasText;
    const childIndent = `${indent}  `;
    for (const child of this.children) {
      if (inner) out += `\n${childIndent}`;
      out += typeof child === 'string' ? child : child.write(childIndent, inner);
    }
    if (inner) out += `\n${indent}`;
    return `${out}</${this.name}>`;
  }
}

/** A document's root element with its attributes (namespace declarations included). */
export function xmlRoot(name: string, attributes: Record<string, string> = {}): XmlElement {
  const root = new XmlElement(name);
  for (const key in attributes) root.att(key, attributes[key] as string);
  return root;
}
