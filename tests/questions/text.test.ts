import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '../../src/compile/markdown/render.js';
import { stripControls, TextRenderer } from '../../src/compile/targets/questions/text.js';

const samples = [
  'Hello world.',
  'Tìm kiếm thông tin trên mạng xã hội.',
  'It\'s "quoted" (and 100% fine)?',
  'Điều 5, khoản 2 - dự thảo luật/nghị định!',
  'Visit www.example.com today',
  '1. not a plain line',
  'a  b',
  'Trailing space ',
  '- list',
  '**bold** & <script>x</script>',
];

describe('TextRenderer', () => {
  const render = new TextRenderer(new Set());
  it.each(samples)('renders %j exactly as renderMarkdown / markdownToText do', (s) => {
    expect(render.html(s, 'questions/q.yaml', 'test', (t) => t).html).toBe(renderMarkdown(s));
    expect(render.text(s)).toBe(markdownToText(s));
  });

  it('rewrites images to the format URL and reports the asset', () => {
    const r = new TextRenderer(new Set(['assets/a.png']));
    const out = r.html(
      '![alt](../assets/a.png) [x](../assets/a.png)',
      'questions/q.yaml',
      'p',
      (t) => `pkg/${t}`,
    );
    expect(out.html).toContain('src="pkg/assets/a.png"');
    expect(out.html).not.toContain('href');
    expect(out.assets).toEqual(['assets/a.png']);
  });

  it('drops characters XML cannot carry', () => {
    expect(stripControls('a\u0001b\u0000c\td')).toBe('abc\td');
  });
});
