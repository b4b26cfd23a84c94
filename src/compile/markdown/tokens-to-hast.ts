import type { Element, ElementContent, Properties, Root } from 'hast';
import type Token from 'markdown-it/lib/token.mjs';

// markdown-it's token stream as a hast tree, the shape remark-rehype gives for the same Markdown (so rehype-sanitize
// and rehype-stringify work on it unchanged). Going through tokens rather than markdown-it's HTML and an HTML parser
// halves the cost of a lesson; no maintained package does this conversion.

type Parent = Root | Element;

/** Converts block tokens (with their inline children) to a hast root. */
export function tokensToHast(tokens: readonly Token[]): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  const top = () => stack[stack.length - 1] as Parent;
  for (const token of tokens) {
    if (token.hidden) continue; // the paragraphs of a tight list: their inline content goes in the item
    if (token.nesting === 1) {
      const node = element(token.tag, attributes(token));
      appendBlock(top(), node);
      stack.push(node);
    } else if (token.nesting === -1) {
      const closed = stack.pop() as Element;
      if (closed.children.length > 0 && (isContainer(closed.tagName) || holdsBlocks(closed)))
        closed.children.push(text('\n'));
    } else if (token.type === 'inline') {
      appendInline(top(), token.children ?? []);
    } else if (token.type === 'fence' || token.type === 'code_block') {
      const language = token.info.trim().split(/\s+/)[0];
      const code = element('code', language ? { className: [`language-${language}`] } : {}, [
        text(token.content),
      ]);
      appendBlock(top(), element('pre', {}, [code]));
    } else if (token.type === 'hr') {
      appendBlock(top(), element('hr', {}));
    }
    // html_block: raw HTML is dropped whole, as remark-rehype does.
  }
  markTaskLists(root);
  return root;
}

function appendInline(parent: Parent, tokens: readonly Token[]): void {
  const stack: Parent[] = [parent];
  for (const token of tokens) {
    const top = stack[stack.length - 1] as Parent;
    switch (token.type) {
      case 'text':
      case 'text_special':
        appendText(top, token.content);
        break;
      case 'html_inline':
        break; // raw HTML is dropped, the text between tags stays (as remark-rehype does)
      case 'softbreak':
        appendText(top, '\n');
        break;
      case 'hardbreak':
        top.children.push(element('br', {}), text('\n'));
        break;
      case 'code_inline':
        top.children.push(element('code', {}, [text(token.content)]));
        break;
      case 'image': {
        const properties: Properties = {
          src: token.attrGet('src') ?? '',
          alt: plainText(token.children ?? []),
        };
        const title = token.attrGet('title');
        if (title) properties.title = title;
        top.children.push(element('img', properties));
        break;
      }
      default:
        if (token.nesting === 1) {
          // GFM strikethrough is <del> on GitHub and in remark; markdown-it says <s>.
          const node = element(token.tag === 's' ? 'del' : token.tag, attributes(token));
          top.children.push(node);
          stack.push(node);
        } else if (token.nesting === -1 && stack.length > 1) {
          stack.pop();
        }
    }
  }
}

function attributes(token: Token): Properties {
  const properties: Properties = {};
  for (const [name, value] of token.attrs ?? []) {
    if (name === 'style') {
      const align = /^text-align:(left|center|right)$/.exec(value)?.[1];
      if (align) properties.align = align; // GFM table alignment, as remark-rehype writes it
    } else if (name === 'start') {
      properties.start = Number(value);
    } else {
      properties[name] = value;
    }
  }
  return properties;
}

// A list item whose text starts `[ ]` or `[x]` is a GFM task: a disabled checkbox, classes as GitHub's.
function markTaskLists(node: Parent): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'li' && isTask(child)) {
      const list = node as Element;
      list.properties.className = ['contains-task-list'];
      child.properties.className = ['task-list-item'];
    }
    markTaskLists(child);
  }
}

function isTask(item: Element): boolean {
  const first = item.children.find((c) => c.type !== 'text' || c.value.trim() !== '');
  const holder = first?.type === 'element' && first.tagName === 'p' ? first : item;
  const lead = holder.children[0];
  if (lead?.type !== 'text') return false;
  const match = /^\[([ xX])\](?:[ \t]|$)/.exec(lead.value);
  if (!match) return false;
  lead.value = ` ${lead.value.slice(match[0].length)}`;
  const checked = match[1] !== ' ';
  holder.children.unshift(element('input', { type: 'checkbox', checked, disabled: true }));
  return true;
}

// Blocks sit on lines of their own, as remark-rehype lays them out (whitespace only, but it keeps diffs readable).
function appendBlock(parent: Parent, node: ElementContent): void {
  if (
    parent.children.length > 0 ||
    (parent.type === 'element' && (isContainer(parent.tagName) || parent.tagName === 'li'))
  )
    parent.children.push(text('\n'));
  parent.children.push(node);
}

const blocks = new Set([
  'p',
  'ul',
  'ol',
  'pre',
  'blockquote',
  'table',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

function holdsBlocks(node: Element): boolean {
  return node.tagName === 'li' && node.children.some((c) => c.type === 'element' && blocks.has(c.tagName));
}

function appendText(parent: Parent, value: string): void {
  const last = parent.children[parent.children.length - 1];
  if (last?.type === 'text') last.value += value;
  else parent.children.push(text(value));
}

function plainText(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.children ? plainText(t.children) : t.content)).join('');
}

const containers = new Set(['ul', 'ol', 'blockquote', 'table', 'thead', 'tbody', 'tr']);

function isContainer(tagName: string): boolean {
  return containers.has(tagName);
}

function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): { type: 'text'; value: string } {
  return { type: 'text', value };
}
