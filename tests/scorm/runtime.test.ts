import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { buildFixture } from './build-once.js';
import { answer, quizOf } from './helpers/drive-quiz.js';
import { startLms } from './helpers/lms-server.js';
import { unzipTo } from './helpers/unzip.js';

type Cmi = Record<string, unknown>;
interface Call {
  name: string;
  args: string[];
  result: string;
  code: string;
}

const editions = [
  { edition: '1.2', zip: 'fixture-deputy-basic-scorm12.zip' },
  { edition: '2004', zip: 'fixture-deputy-basic-scorm2004.zip' },
] as const;

describe.skipIf(!hasChromium)('SCORM packages in scorm-again, headless Chromium', () => {
  let browser: Browser;
  const servers: { close(): Promise<void> }[] = [];
  const bases = new Map<string, string>();

  beforeAll(async () => {
    const built = await buildFixture();
    expect(built.code, built.stderr).toBe(0);
    for (const { edition, zip } of editions) {
      const dir = mkdtempSync(path.join(tmpdir(), `scorm-pkg-${edition}-`));
      await unzipTo(built.zips.get(zip) as Buffer, dir);
      const lms = await startLms(dir);
      servers.push(lms);
      bases.set(edition, lms.base);
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  /** Opens the LMS page; every request is recorded so that tests can check none leaves the package. */
  async function lms(edition: string): Promise<{ page: Page; requests: string[]; base: string }> {
    const base = bases.get(edition) as string;
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.frame() !== page.mainFrame()) requests.push(r.url());
    });
    await page.goto(`${base}/lms/lms.html`);
    return { page, requests, base };
  }

  async function launch(page: Page, edition: string, href: string, saved?: Cmi): Promise<Frame> {
    await page.evaluate(
      ([e, h, s]) => (window as never as { launch: (...a: unknown[]) => void }).launch(e, h, s),
      [edition, `/pkg/${href}`, saved] as const,
    );
    const frame = page.frame({ url: (u) => u.pathname === `/pkg/${href}` });
    await expect.poll(() => page.frames().some((f) => f.url().endsWith(`/pkg/${href}`))).toBe(true);
    const found = frame ?? page.frames().find((f) => f.url().endsWith(`/pkg/${href}`));
    await (found as Frame).waitForLoadState('load');
    return found as Frame;
  }

  const value = (page: Page, key: string) =>
    page.evaluate((k) => {
      const api = (window as never as { api: Record<string, (k: string) => string> }).api;
      const get = api.LMSGetValue ?? api.GetValue;
      return get ? get(k) : '';
    }, key);
  const calls = (page: Page) => page.evaluate(() => (window as never as { calls: Call[] }).calls);
  const leave = (page: Page) =>
    page.evaluate(() => (window as never as { leave: () => Promise<Cmi> }).leave());

  function expectClean(all: Call[], requests: string[], base: string): void {
    expect(all.filter((c) => c.code !== '0')).toEqual([]);
    for (const url of requests) expect(url.startsWith(`${base}/pkg/`), url).toBe(true);
  }

  for (const { edition } of editions) {
    const v12 = edition === '1.2';
    describe(`SCORM ${edition}`, () => {
      it('a lesson reports completion when its end is reached, and terminates on leaving', async () => {
        const { page, requests, base } = await lms(edition);
        const frame = await launch(page, edition, 'lessons/data.search.basic.keywords.html');
        await expect
          .poll(() => value(page, v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status'))
          .toBe('incomplete');
        await frame.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await expect
          .poll(() => value(page, v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status'))
          .toBe('completed');
        expect(
          await frame
            .locator('img')
            .first()
            .evaluate((i: HTMLImageElement) => i.naturalWidth),
        ).toBeGreaterThan(0);
        await leave(page);
        const names = (await calls(page)).map((c) => c.name);
        expect(names[0]).toBe(v12 ? 'LMSInitialize' : 'Initialize');
        expect(names.at(-1)).toBe(v12 ? 'LMSFinish' : 'Terminate');
        expectClean(await calls(page), requests, base);
        await page.close();
      });

      it('the assessment answered right passes, with score, interactions and session time', async () => {
        const { page, requests, base } = await lms(edition);
        const frame = await launch(page, edition, 'assessment/index.html');
        const quiz = await quizOf(frame);
        expect(new Set(quiz.questions.map((q) => q.type)).size).toBe(7);
        for (const [i, q] of quiz.questions.entries()) await answer(frame, q, i, true);
        await frame.locator('.cq-submit').click();
        await expect.poll(() => frame.locator('.cq-passed').count()).toBe(1);
        const max = quiz.questions.reduce((s, q) => s + q.points, 0);
        if (v12) {
          expect(await value(page, 'cmi.core.lesson_status')).toBe('passed');
          expect(Number(await value(page, 'cmi.core.score.raw'))).toBe(100);
          expect(await value(page, 'cmi.core.score.max')).toBe('100');
        } else {
          expect(await value(page, 'cmi.success_status')).toBe('passed');
          expect(await value(page, 'cmi.completion_status')).toBe('completed');
          expect(Number(await value(page, 'cmi.score.raw'))).toBe(max);
          expect(Number(await value(page, 'cmi.score.max'))).toBe(max);
          expect(Number(await value(page, 'cmi.score.scaled'))).toBe(1);
        }
        expect(Number(await value(page, 'cmi.core.score.min'.replace(v12 ? '' : 'core.', '')))).toBe(0);
        const cmi = (await leave(page)).cmi as Cmi;
        const interactions = interactionsOf(cmi, v12);
        expect(interactions.map((x) => x.id)).toEqual(quiz.questions.map((q) => q.id));
        expect(interactions.map((x) => x.type)).toEqual(
          quiz.questions.map(
            (q) =>
              ({
                single: 'choice',
                multiple: 'choice',
                'true-false': 'true-false',
                'short-answer': 'fill-in',
                numeric: 'numeric',
                matching: 'matching',
                ordering: 'sequencing',
              })[q.type],
          ),
        );
        expect(interactions.every((x) => x.result === 'correct')).toBe(true);
        const session = String(v12 ? (cmi.core as Cmi).session_time : cmi.session_time);
        expect(session).toMatch(v12 ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/);
        expectClean(await calls(page), requests, base);
        await page.close();
      });

      it('the assessment answered wrong fails, and every interaction says so', async () => {
        const { page, requests, base } = await lms(edition);
        const frame = await launch(page, edition, 'assessment/index.html');
        const quiz = await quizOf(frame);
        for (const [i, q] of quiz.questions.entries()) await answer(frame, q, i, false);
        await frame.locator('.cq-submit').click();
        await expect.poll(() => frame.locator('.cq-failed').count()).toBe(1);
        expect(await value(page, v12 ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('failed');
        expect(Number(await value(page, v12 ? 'cmi.core.score.raw' : 'cmi.score.raw'))).toBe(0);
        const cmi = (await leave(page)).cmi as Cmi;
        const results = interactionsOf(cmi, v12).map((x) => x.result);
        expect(results).toEqual(quiz.questions.map(() => (v12 ? 'wrong' : 'incorrect')));
        expectClean(await calls(page), requests, base);
        await page.close();
      });

      it('a learner who leaves mid-way resumes from suspend_data, then passes', async () => {
        const { page, requests, base } = await lms(edition);
        let frame = await launch(page, edition, 'assessment/index.html');
        const quiz = await quizOf(frame);
        for (const i of [0, 1, 3, 5, 6]) await answer(frame, quiz.questions[i] as never, i, true);
        const saved = await leave(page);
        const data = saved.cmi as Cmi;
        expect(v12 ? (data.core as Cmi).exit : data.exit).toBe('suspend');
        expect(String(data.suspend_data)).toContain('"quiz"');
        frame = await launch(page, edition, 'assessment/index.html', saved);
        await expect.poll(() => frame.locator('.cq-question').count()).toBe(quiz.questions.length);
        const first = quiz.questions[0];
        if (first?.type === 'single' || first?.type === 'multiple') {
          const right = first.choices.find((c) => c.correct)?.id;
          expect(await frame.locator(`.cq-question >> nth=0 >> input[value="${right}"]`).isChecked()).toBe(
            true,
          );
        }
        for (const i of [2, 4]) await answer(frame, quiz.questions[i] as never, i, true);
        await frame.locator('.cq-submit').click();
        await expect
          .poll(() => value(page, v12 ? 'cmi.core.lesson_status' : 'cmi.success_status'))
          .toBe('passed');
        await leave(page);
        expectClean(await calls(page), requests, base);
        await page.close();
      });

      it('a lesson resumes at the reading position', async () => {
        const { page } = await lms(edition);
        let frame = await launch(page, edition, 'lessons/data.search.basic.keywords.html');
        await frame.evaluate(() => window.scrollTo(0, (document.body.scrollHeight - window.innerHeight) / 3));
        const saved = await leave(page);
        frame = await launch(page, edition, 'lessons/data.search.basic.keywords.html', saved);
        await expect.poll(() => frame.evaluate(() => window.scrollY)).toBeGreaterThan(100);
        await page.close();
      });
    });
  }

  it('without an LMS a page still shows, with a readable message', async () => {
    const base = bases.get('2004') as string;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/pkg/lessons/data.search.basic.keywords.html`);
    await expect.poll(() => page.locator('#sco-status').isVisible()).toBe(true);
    expect(await page.locator('#sco-status').textContent()).toMatch(/không được ghi lại/);
    expect(await page.locator('h1').textContent()).toBe('Từ khóa');
    await page.goto(`${base}/pkg/assessment/index.html`);
    await expect.poll(() => page.locator('.cq-question').count()).toBe(7);
    expect(errors).toEqual([]);
    await page.close();
  });
});

interface Interaction {
  id: string;
  type: string;
  result: string;
}

function interactionsOf(cmi: Cmi, v12: boolean): Interaction[] {
  const list = (cmi.interactions ?? {}) as Record<string, Interaction>;
  void v12;
  return Object.keys(list)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => list[k] as Interaction);
}
