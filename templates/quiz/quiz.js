/*
 * curriculum quiz engine — plain browser JS, no dependencies, no inline script, no network.
 *
 * Payload: the JSON that src/compile/quiz/quiz-data.ts builds (QuizData in quiz-types.ts): one quiz in one
 * locale, HTML already sanitised at build time, answer keys included (grading is client-side).
 *
 * Auto-mount: on DOMContentLoaded every element with `data-quiz="ID"` is mounted with the JSON held in
 * `<script type="application/json" id="ID">`. Add `data-quiz-store="local"` to keep answers and the last
 * result in localStorage under `curriculum-quiz:<quiz id>` (for the site); add `data-quiz-manual` to skip.
 *
 * API (window.CurriculumQuiz):
 *   mount(element, data, options?) -> controller
 *     options.saved        state to restore: { answers: { [questionId]: response }, submitted: boolean }
 *     options.storageKey   persist state and result in localStorage under this key
 *     options.onChange(state), options.onSubmit(result), options.onReset()
 *   controller.state()     the current state (JSON-serialisable; give it back as options.saved or restore())
 *   controller.restore(state), controller.submit() -> result, controller.reset(), controller.result()
 *   grade(question, response) -> { correct, score }
 *   record(question, response) -> one answer record (below)
 * Events, dispatched on the element and bubbling to document:
 *   'quiz:init'   before rendering; detail { data, options } may be changed (e.g. set options.saved)
 *   'quiz:change' detail { state } after every answer
 *   'quiz:submit' detail { result }; 'quiz:reset' detail {}
 * result = { raw, max, scaled, passScore, passed, answers: [record...] } where a record is
 *   { id, type, interaction, response, correctResponse, correct, score, points }: `interaction` is the SCORM
 *   interaction type (choice, true-false, fill-in, numeric, matching, sequencing); `response` and
 *   `correctResponse` are arrays of parts (ids, strings, or [source, target] pairs for matching) that a
 *   SCORM wrapper joins in its edition's syntax (numeric: correctResponse is [lowest, highest]).
 * Responses by type: single 'a'; multiple ['a','c']; true-false true; short-answer 'text'; numeric '12,5'
 * (raw text); matching { '1': 'b', ... }; ordering ['c','a','b'].
 */
(() => {
  const interactionTypes = {
    single: 'choice',
    multiple: 'choice',
    'true-false': 'true-false',
    'short-answer': 'fill-in',
    numeric: 'numeric',
    matching: 'matching',
    ordering: 'sequencing',
  };

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  const normalise = (s, locale) =>
    String(s)
      .normalize('NFC')
      .trim()
      .replace(/\s+/g, ' ')
      .toLocaleLowerCase(locale || undefined);

  function parseNumber(raw) {
    let s = String(raw == null ? '' : raw)
      .trim()
      .replace(/\u2212/g, '-')
      .replace(/\s/g, '');
    if (s.includes(',') && !s.includes('.')) s = s.replace(',', '.');
    if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return NaN;
    return Number(s);
  }

  function isCorrect(q, r, locale) {
    switch (q.type) {
      case 'single':
        return q.choices.some((c) => c.correct && c.id === r);
      case 'multiple': {
        const chosen = Array.isArray(r) ? r : [];
        return q.choices.every((c) => c.correct === chosen.includes(c.id));
      }
      case 'true-false':
        return r === q.answer;
      case 'short-answer':
        return typeof r === 'string' && q.answers.some((a) => normalise(a, locale) === normalise(r, locale));
      case 'numeric': {
        const n = parseNumber(r);
        return Number.isFinite(n) && Math.abs(n - q.answer) <= q.tolerance + 1e-9;
      }
      case 'matching':
        return !!r && q.lefts.every((l, i) => r[l.id] === q.key[i]);
      case 'ordering':
        return orderOf(q, r).join() === q.key.join();
      default:
        return false;
    }
  }

  const orderOf = (q, r) => (Array.isArray(r) && r.length === q.items.length ? r : q.items.map((i) => i.id));

  function grade(q, r, locale) {
    const correct = isCorrect(q, r, locale);
    return { correct, score: correct ? q.points : 0 };
  }

  function parts(q, r) {
    switch (q.type) {
      case 'single':
        return r ? [r] : [];
      case 'multiple':
        return Array.isArray(r) ? r.slice().sort() : [];
      case 'true-false':
        return typeof r === 'boolean' ? [r] : [];
      case 'short-answer':
      case 'numeric':
        return r == null || r === '' ? [] : [String(r).trim()];
      case 'matching':
        return q.lefts.filter((l) => r?.[l.id]).map((l) => [l.id, r[l.id]]);
      case 'ordering':
        return orderOf(q, r).slice();
    }
    return [];
  }

  function correctParts(q) {
    switch (q.type) {
      case 'single':
      case 'multiple':
        return q.choices.filter((c) => c.correct).map((c) => c.id);
      case 'true-false':
        return [q.answer];
      case 'short-answer':
        return [q.answers[0]];
      case 'numeric':
        return [q.answer - q.tolerance, q.answer + q.tolerance];
      case 'matching':
        return q.lefts.map((l, i) => [l.id, q.key[i]]);
      case 'ordering':
        return q.key.slice();
    }
    return [];
  }

  function record(q, r, locale) {
    const g = grade(q, r, locale);
    return {
      id: q.id,
      type: q.type,
      interaction: interactionTypes[q.type],
      response: parts(q, r),
      correctResponse: correctParts(q),
      correct: g.correct,
      score: g.score,
      points: q.points,
    };
  }

  const answered = (q, r) =>
    q.type === 'ordering' ||
    (q.type === 'matching' ? !!r && q.lefts.every((l) => r[l.id]) : parts(q, r).length > 0);

  function h(tag, attrs, children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === false) continue;
      if (k === 'html') el.innerHTML = v;
      else if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children || []) if (c) el.append(c);
    return el;
  }

  function readStore(key) {
    try {
      const raw = key && window.localStorage.getItem(key);
      return raw ? JSON.parse(raw) : undefined;
    } catch {
      return undefined;
    }
  }

  function writeStore(key, value) {
    try {
      if (key) window.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or blocked (private mode): the quiz still works, it just does not remember.
    }
  }

  function mount(root, data, options) {
    const opts = Object.assign({}, options);
    const init = new CustomEvent('quiz:init', { bubbles: true, detail: { data, options: opts } });
    root.dispatchEvent(init);
    const L = data.labels;
    const stored = readStore(opts.storageKey);
    let state = { answers: {}, submitted: false };
    let lastResult = stored?.result;
    const views = new Map();
    const prefix = `cq-${data.id.replace(/[^\w-]/g, '-')}`;

    const emit = (name, detail) => root.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));
    const snapshot = () => JSON.parse(JSON.stringify(state));

    function changed() {
      writeStore(opts.storageKey, { state: snapshot(), result: lastResult });
      if (opts.onChange) opts.onChange(snapshot());
      emit('quiz:change', { state: snapshot() });
    }

    function setAnswer(q, value) {
      if (state.submitted) return;
      state.answers[q.id] = value;
      changed();
    }

    const form = h('form', {
      class: 'cq-quiz',
      novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        submit();
      },
    });
    const summary = h('div', { class: 'cq-summary', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
    const live = h('div', { class: 'cq-visually-hidden', 'aria-live': 'polite' });
    data.questions.forEach((q, index) => {
      const view = renderQuestion(q, index);
      views.set(q.id, view);
      form.append(view.el);
    });
    const submitButton = h('button', { type: 'submit', class: 'cq-submit', text: L.submit });
    const retryButton = h('button', {
      type: 'button',
      class: 'cq-retry',
      hidden: true,
      text: L.retry,
      onclick: reset,
    });
    form.append(h('div', { class: 'cq-actions' }, [submitButton, retryButton]), summary, live);
    root.replaceChildren(form);

    function renderQuestion(q, index) {
      const id = `${prefix}-q${index + 1}`;
      const stemId = `${id}-stem`;
      const feedback = h('div', { class: 'cq-feedback', id: `${id}-feedback`, hidden: true });
      const el = h(
        'fieldset',
        { class: `cq-question cq-${q.type}`, id, 'aria-labelledby': `${id}-n ${stemId}` },
        [
          h('p', {
            class: 'cq-number',
            id: `${id}-n`,
            text: fill(L.question, { n: index + 1, total: data.questions.length }),
          }),
          h('div', { class: 'cq-stem', id: stemId, html: q.stem }),
        ],
      );
      const body = h('div', { class: 'cq-body' });
      el.append(body, feedback);
      const sync = renderBody(q, id, body);
      return { el, feedback, sync };
    }

    function renderBody(q, id, body) {
      if (q.type === 'single' || q.type === 'multiple' || q.type === 'true-false') {
        const options =
          q.type === 'true-false'
            ? [
                { id: 'true', html: '', text: L.true, value: true },
                { id: 'false', html: '', text: L.false, value: false },
              ]
            : q.choices.map((c) => ({ id: c.id, html: c.html, value: c.id }));
        const inputs = options.map((o) => {
          const input = h('input', {
            type: q.type === 'multiple' ? 'checkbox' : 'radio',
            name: id,
            id: `${id}-${o.id}`,
            value: o.id,
            onchange: () => {
              if (q.type === 'multiple')
                setAnswer(
                  q,
                  inputs.filter((i) => i.checked).map((i) => i.value),
                );
              else setAnswer(q, o.value);
            },
          });
          body.append(
            h('div', { class: 'cq-option' }, [
              input,
              h('label', { for: input.id, html: o.html, text: o.text }),
            ]),
          );
          return input;
        });
        return (r) =>
          inputs.forEach((input, i) => {
            const v = options[i].value;
            input.checked = q.type === 'multiple' ? Array.isArray(r) && r.includes(v) : r === v;
            input.disabled = state.submitted;
          });
      }
      if (q.type === 'short-answer' || q.type === 'numeric') {
        const input = h('input', {
          type: 'text',
          id: `${id}-input`,
          inputmode: q.type === 'numeric' ? 'decimal' : undefined,
          autocomplete: 'off',
          oninput: () => setAnswer(q, input.value),
        });
        const label = q.type === 'numeric' ? L.answerNumber : L.answerText;
        body.append(h('label', { for: input.id, class: 'cq-label', text: label }), input);
        return (r) => {
          input.value = r == null ? '' : String(r);
          input.disabled = state.submitted;
        };
      }
      if (q.type === 'matching') {
        const selects = q.lefts.map((left) => {
          const select = h(
            'select',
            {
              id: `${id}-${left.id}`,
              'aria-labelledby': `${id}-${left.id}-label`,
              onchange: () => {
                const next = Object.assign({}, state.answers[q.id]);
                if (select.value) next[left.id] = select.value;
                else delete next[left.id];
                setAnswer(q, next);
              },
            },
            [
              h('option', { value: '', text: L.choose }),
              ...q.rights.map((r) => h('option', { value: r.id, text: r.text })),
            ],
          );
          body.append(
            h('div', { class: 'cq-pair' }, [
              h('span', { id: `${id}-${left.id}-label`, class: 'cq-left', html: left.html }),
              select,
            ]),
          );
          return select;
        });
        return (r) =>
          selects.forEach((s, i) => {
            s.value = r?.[q.lefts[i].id] || '';
            s.disabled = state.submitted;
          });
      }
      if (q.type === 'ordering') {
        const list = h('ol', { class: 'cq-order' });
        body.append(list);
        const byId = new Map(q.items.map((i) => [i.id, i]));
        const textOf = (item) => h('span', { html: item.html }).textContent;
        const draw = (r, focus) => {
          const order = orderOf(q, r);
          list.replaceChildren(
            ...order.map((itemId, pos) => {
              const item = byId.get(itemId);
              const move = (delta, dir) =>
                h('button', {
                  type: 'button',
                  class: `cq-move cq-${dir}`,
                  'aria-label': fill(dir === 'up' ? L.moveUp : L.moveDown, { item: textOf(item) }),
                  disabled: state.submitted || (delta < 0 ? pos === 0 : pos === order.length - 1),
                  'data-item': itemId,
                  'data-dir': dir,
                  text: dir === 'up' ? '↑' : '↓',
                  onclick: () => {
                    const next = order.slice();
                    next.splice(pos, 1);
                    next.splice(pos + delta, 0, itemId);
                    setAnswer(q, next);
                    draw(next, { itemId, dir });
                    live.textContent = fill(L.moved, { item: textOf(item), n: pos + delta + 1 });
                  },
                });
              return h('li', { class: 'cq-item', 'data-item': itemId }, [
                h('span', { class: 'cq-item-text', html: item.html }),
                move(-1, 'up'),
                move(1, 'down'),
              ]);
            }),
          );
          if (focus) {
            const same = list.querySelector(`button[data-item="${focus.itemId}"][data-dir="${focus.dir}"]`);
            const target =
              same && !same.disabled
                ? same
                : list.querySelector(`button[data-item="${focus.itemId}"]:not([disabled])`);
            if (target) target.focus();
          }
        };
        return (r) => draw(r);
      }
      return () => {};
    }

    function showFeedback() {
      for (const q of data.questions) {
        const view = views.get(q.id);
        const r = state.answers[q.id];
        view.sync(r);
        view.el.classList.remove('cq-is-correct', 'cq-is-incorrect');
        view.feedback.hidden = !state.submitted;
        view.feedback.replaceChildren();
        if (!state.submitted) continue;
        const g = grade(q, r, data.locale);
        view.el.classList.add(g.correct ? 'cq-is-correct' : 'cq-is-incorrect');
        view.feedback.append(h('p', { class: 'cq-verdict', text: g.correct ? L.correct : L.incorrect }));
        const chosen = q.type === 'single' ? [r] : q.type === 'multiple' && Array.isArray(r) ? r : [];
        for (const c of q.choices || []) {
          if (c.feedback && chosen.includes(c.id))
            view.feedback.append(h('div', { class: 'cq-choice-feedback', html: c.feedback }));
        }
        if (q.feedback) view.feedback.append(h('div', { class: 'cq-general-feedback', html: q.feedback }));
      }
      submitButton.hidden = state.submitted;
      retryButton.hidden = !state.submitted;
      summary.replaceChildren();
      if (state.submitted && lastResult) {
        const percent = Math.round(lastResult.scaled * 100);
        summary.append(
          h('p', {
            class: 'cq-score',
            text: fill(L.score, { raw: lastResult.raw, max: lastResult.max, percent }),
          }),
          h('p', {
            class: lastResult.passed ? 'cq-passed' : 'cq-failed',
            text: lastResult.passed ? L.passed : fill(L.failed, { pass: Math.round(data.passScore * 100) }),
          }),
        );
      }
    }

    function computeResult() {
      const answers = data.questions.map((q) => record(q, state.answers[q.id], data.locale));
      const raw = answers.reduce((s, a) => s + a.score, 0);
      const max = answers.reduce((s, a) => s + a.points, 0);
      const scaled = max > 0 ? Math.round((raw / max) * 10000) / 10000 : 0;
      return {
        raw,
        max,
        scaled,
        passScore: data.passScore,
        passed: scaled >= data.passScore - 1e-9,
        answers,
      };
    }

    function submit() {
      const missing = data.questions.filter((q) => !answered(q, state.answers[q.id])).length;
      state.submitted = true;
      lastResult = computeResult();
      showFeedback();
      if (missing > 0)
        summary.prepend(h('p', { class: 'cq-missing', text: fill(L.unanswered, { count: missing }) }));
      summary.focus();
      changed();
      if (opts.onSubmit) opts.onSubmit(lastResult);
      emit('quiz:submit', { result: lastResult });
      return lastResult;
    }

    function reset() {
      state = { answers: {}, submitted: false };
      showFeedback();
      changed();
      if (opts.onReset) opts.onReset();
      emit('quiz:reset', {});
      const first = form.querySelector('input, select, button');
      if (first) first.focus();
    }

    function restore(saved) {
      if (!saved || typeof saved !== 'object') return;
      state = { answers: Object.assign({}, saved.answers), submitted: !!saved.submitted };
      if (state.submitted) lastResult = computeResult();
      showFeedback();
    }

    restore(opts.saved || stored?.state || state);
    return {
      state: snapshot,
      restore,
      submit,
      reset,
      result: () => lastResult,
      element: root,
    };
  }

  function autoMount() {
    for (const el of document.querySelectorAll('[data-quiz]:not([data-quiz-manual])')) {
      const source = document.getElementById(el.getAttribute('data-quiz'));
      if (!source) continue;
      const data = JSON.parse(source.textContent);
      const store = el.getAttribute('data-quiz-store') === 'local' ? `curriculum-quiz:${data.id}` : undefined;
      el.curriculumQuiz = mount(el, data, { storageKey: store });
    }
  }

  window.CurriculumQuiz = { mount, grade, record, parseNumber, interactionTypes };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', autoMount);
  else autoMount();
})();
