import type { Question, Text } from '../../../../model/types.js';
import { type Bank, local } from '../bank.js';
import type { XmlElement } from '../xml.js';
import { type QtiDialect, qtiElement } from './dialect.js';
import { appendHtml } from './html.js';

/** Attribute values as written in 2.1 names; the dialect respells the names. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** What the item writers share for one question: its dialect, the bank, and the assets its text names. */
export class ItemContext {
  readonly assets = new Set<string>();

  constructor(
    readonly d: QtiDialect,
    readonly bank: Bank,
    readonly question: Question,
  ) {}

  /** Adds a QTI element (2.1 name and attribute names) under `parent`. */
  el(parent: XmlElement, name: string, attributes: Attributes = {}): XmlElement {
    return qtiElement(this.d, parent, name, attributes);
  }

  /** Adds `<value>` / `<qti-value>` (or any one-text element) with its text. */
  textEl(parent: XmlElement, name: string, text: string, attributes: Attributes = {}): XmlElement {
    return this.el(parent, name, attributes).txt(text).up();
  }

  /** Appends a Markdown text of the question, in the bank's locale, as QTI-safe XHTML. */
  html(parent: XmlElement, text: Text | undefined): void {
    const rendered = this.bank.render.html(
      local(this.bank, text),
      this.question.origin.file,
      'qti',
      (target) => `../${target}`,
    );
    for (const asset of rendered.assets) this.assets.add(asset);
    appendHtml(parent, rendered.html);
  }

  /** True when a text has something to show in the bank's locale. */
  hasText(text: Text | undefined): boolean {
    return local(this.bank, text).trim() !== '';
  }
}
