import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { buildFixtureSite, serveFolder } from './site-server.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of each kind the site has. */
const pagesByKind = {
  languages: 'index.html',
  home: 'vi/index.html',
  role: 'vi/roles/deputy.html',
  competency: 'en/competencies/data.search.html',
  lesson: 'vi/lessons/data.search.basic.keywords.html',
  quiz: 'vi/quiz/data.search/basic.html',
  search: 'vi/search.html?q=mat%20khau',
};

describe.skipIf(!hasChromium)('the learning site in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    server = await serveFolder(await buildFixtureSite());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string, width = 1024): Promise<Page> => {
    context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url + path);
    (page as Page & { errors: string[] }).errors = errors;
    return page;
  };

  it('switches language to the same page in the other locale', async () => {
    const page = await open('vi/lessons/data.search.basic.keywords.html');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/lessons\/data\.search\.basic\.keywords\.html$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Searching with keywords');
    await context.close();
  });

  it('shows the lessons a role still needs for the level reached', async () => {
    const page = await open('en/index.html');
    await page.selectOption('#pick-role', { label: 'Deputy' });
    await page.selectOption('#pick-level', 'basic');
    await page.getByRole('button', { name: 'Show my path' }).click();
    await page.waitForURL(/roles\/deputy\.html\?reached=basic$/);
    const visible = await page.$$eval('#path li[data-lesson]:not([hidden])', (els) =>
      els.map((e) => (e as HTMLElement).dataset.lesson),
    );
    expect(visible).toEqual(['data.search.intermediate.operators', 'data.search.advanced.sources']);
    expect(await page.textContent('#path-summary')).toContain('2 lessons, 22 min');
    await page.selectOption('#reached', '');
    expect(await page.$$eval('#path li[data-lesson]:not([hidden])', (els) => els.length)).toBe(4);
    await context.close();
  });

  it('finds Vietnamese words typed without diacritics', async () => {
    const page = await open('vi/search.html');
    await page.fill('#q', 'tim kiem tu khoa');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.$$eval('#results a', (as) => as.map((a) => a.textContent)))
      .toContain('Tìm kiếm bằng từ khóa');
    await page.fill('#q', 'mat khau');
    await expect
      .poll(() => page.$$eval('#results a', (as) => as.map((a) => a.textContent)))
      .toContain('Mật khẩu mạnh');
    await context.close();
  });

  it('takes a quiz of every type, shows the score and keeps it on the role path', async () => {
    const page = await open('vi/quiz/data.search/basic.html');
    const data = await page.$eval('script[type="application/json"]', (s) => JSON.parse(s.textContent ?? ''));
    const types = new Set<string>();
    for (const [i, q] of (data.questions as QuizQ[]).entries()) {
      types.add(q.type);
      const fs = page.locator('fieldset.cq-question').nth(i);
      await answer(fs, q);
    }
    expect([...types].sort()).toEqual([
      'matching',
      'multiple',
      'numeric',
      'ordering',
      'short-answer',
      'single',
      'true-false',
    ]);
    await page.click('.cq-submit');
    expect(await page.textContent('.cq-score')).toContain('7 / 7');
    expect(await page.locator('.cq-passed').count()).toBe(1);
    await page.goto(`${server.url}vi/roles/clerk.html`);
    await expect
      .poll(() => page.textContent('li[data-quiz-id="data.search/basic"] .quiz-score'))
      .toContain('100%');
    await context.close();
  });

  it('marks a lesson read and keeps reading it offline after one visit', async () => {
    const page = await open('vi/lessons/safety.passwords.basic.strong.html');
    await page.click('button.mark-read');
    expect(await page.getAttribute('button.mark-read', 'aria-pressed')).toBe('true');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(() => page.evaluate(async () => !!(await caches.match(location.pathname))), { timeout: 10_000 })
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    expect(await page.textContent('h1')).toBe('Mật khẩu mạnh');
    expect(await page.getAttribute('button.mark-read', 'aria-pressed')).toBe('true');
    await context.close();
  });

  for (const [kind, path] of Object.entries(pagesByKind)) {
    it(`${kind} page: no horizontal scroll at 360 px, no serious axe violation, no CSP error`, async () => {
      const page = (await open(path, 360)) as Page & { errors: string[] };
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.evaluate(axeSource); // through DevTools: the site's CSP rightly refuses an injected script tag
      const violations = await page.evaluate(async () => {
        const w = window as unknown as {
          axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> };
        };
        const result = await w.axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id);
      });
      expect(violations).toEqual([]);
      expect(page.errors.filter((e) => !e.includes('axe'))).toEqual([]);
      await context.close();
    });
  }
});

interface QuizQ {
  type: string;
  choices?: { id: string; correct: boolean }[];
  answer?: boolean | number;
  answers?: string[];
  key?: string[];
  items?: { id: string }[];
}

async function answer(fs: ReturnType<Page['locator']>, q: QuizQ): Promise<void> {
  switch (q.type) {
    case 'single':
    case 'multiple':
      for (const c of q.choices ?? []) if (c.correct) await fs.locator(`input[value="${c.id}"]`).check();
      return;
    case 'true-false':
      await fs.locator(`input[value="${String(q.answer)}"]`).check();
      return;
    case 'short-answer':
      await fs.locator('input[type="text"]').fill(q.answers?.[0] ?? '');
      return;
    case 'numeric':
      await fs.locator('input[type="text"]').fill(String(q.answer).replace('.', ','));
      return;
    case 'matching': {
      const selects = fs.locator('select');
      for (const [i, id] of (q.key ?? []).entries()) await selects.nth(i).selectOption(id);
      return;
    }
    case 'ordering':
      for (const [target, id] of (q.key ?? []).entries()) {
        let at = await fs
          .locator('li.cq-item')
          .evaluateAll((els, x) => els.findIndex((e) => (e as HTMLElement).dataset.item === x), id);
        while (at > target) {
          await fs.locator(`button[data-item="${id}"][data-dir="up"]`).click();
          at--;
        }
      }
  }
}
