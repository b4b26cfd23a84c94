/*
 * curriculum SCO runtime: talks to the LMS for one page of a package, SCORM 1.2 or 2004 (window.CurriculumScorm,
 * set by package.js). Finds the API through parent frames, then the opener; without one the page still works
 * and says that progress is not recorded. Lessons (body[data-sco=lesson]) complete when their end comes into
 * view and resume at the scroll position; the assessment (body[data-sco=assessment]) runs templates/quiz/quiz.js,
 * resumes from suspend_data, and on submit reports interactions, score and success. Load before quiz.js.
 */
(() => {
  const config = window.CurriculumScorm || {};
  const v12 = config.edition === '1.2';
  const kind = document.body.getAttribute('data-sco');
  const started = Date.now();
  const m = v12
    ? { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', end: 'LMSFinish' }
    : { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', end: 'Terminate' };
  m.error = v12 ? 'LMSGetLastError' : 'GetLastError';
  m.errorText = v12 ? 'LMSGetErrorString' : 'GetErrorString';
  const el = v12
    ? {
        status: 'cmi.core.lesson_status',
        entry: 'cmi.core.entry',
        location: 'cmi.core.lesson_location',
        exit: 'cmi.core.exit',
        sessionTime: 'cmi.core.session_time',
        raw: 'cmi.core.score.raw',
        min: 'cmi.core.score.min',
        max: 'cmi.core.score.max',
        response: 'student_response',
      }
    : {
        status: 'cmi.completion_status',
        entry: 'cmi.entry',
        location: 'cmi.location',
        exit: 'cmi.exit',
        sessionTime: 'cmi.session_time',
        raw: 'cmi.score.raw',
        min: 'cmi.score.min',
        max: 'cmi.score.max',
        response: 'learner_response',
      };

  function apiIn(win) {
    for (let i = 0; win && i < 500; i++) {
      try {
        const api = v12 ? win.API : win.API_1484_11;
        if (api) return api;
        if (win.parent === win) return null;
        win = win.parent;
      } catch {
        return null; // a cross-origin frame: the search stops there
      }
    }
    return null;
  }

  function discover() {
    let api = apiIn(window);
    try {
      if (!api && window.opener) api = apiIn(window.opener);
      if (!api && window.top && window.top.opener) api = apiIn(window.top.opener);
    } catch {
      // An opener from another origin cannot be searched.
    }
    return api;
  }

  const api = discover();
  let live = false;
  let done = false;

  function call(method, ...args) {
    if (!api || !live) return '';
    const result = api[method](...args);
    const code = String(api[m.error]());
    if (code !== '0')
      console.warn(`SCORM ${method}(${args.join(', ')}) failed: ${code} ${api[m.errorText](code)}`);
    return result;
  }
  const get = (key) => String(call(m.get, key));
  const set = (key, value) => call(m.set, key, String(value));

  function showStatus(message) {
    const box = document.getElementById('sco-status');
    if (!box || !message) return;
    box.textContent = message;
    box.hidden = false;
  }

  function start() {
    if (!api) return showStatus(document.body.getAttribute('data-no-api'));
    const ok = api[m.init]('');
    live = ok === true || ok === 'true';
    if (!live) showStatus(document.body.getAttribute('data-no-api'));
  }

  let lastCommit = 0;
  function commit(force) {
    if (!live || done || (!force && Date.now() - lastCommit < 30000)) return;
    lastCommit = Date.now();
    call(m.commit, '');
  }

  const two = (n) => String(n).padStart(2, '0');
  function sessionTime() {
    const s = Math.max(0, (Date.now() - started) / 1000);
    const h = Math.floor(s / 3600);
    const min = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    if (v12)
      return `${String(h).padStart(4, '0')}:${two(min)}:${two(Math.floor(sec))}.${two(Math.floor((sec % 1) * 100))}`;
    return `PT${h}H${min}M${sec.toFixed(2)}S`;
  }

  let finished = () => false;
  let beforeFinish = () => {};
  function finish() {
    if (!live || done) return;
    beforeFinish();
    set(el.sessionTime, sessionTime());
    if (finished()) {
      if (!v12) set(el.exit, 'normal');
    } else set(el.exit, 'suspend');
    call(m.commit, '');
    call(m.end, '');
    done = true;
  }
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') commit(true);
  });

  const isComplete = (status) => status === 'completed' || status === 'passed';
  const resuming = () => live && get(el.entry) === 'resume';

  function lesson() {
    let complete = isComplete(get(el.status));
    if (live && !complete) set(el.status, 'incomplete');
    const root = document.scrollingElement || document.documentElement;
    const fraction = () => {
      const range = root.scrollHeight - window.innerHeight;
      return range > 0 ? Math.min(1, Math.max(0, root.scrollTop / range)).toFixed(3) : '0';
    };
    const saved = resuming() ? Number.parseFloat(get(el.location)) : Number.NaN;
    if (saved > 0) root.scrollTop = saved * (root.scrollHeight - window.innerHeight);
    beforeFinish = () => set(el.location, fraction());
    finished = () => complete;
    const end = document.getElementById('sco-end');
    const reached = () => {
      if (complete || !live) return;
      complete = true;
      set(el.status, 'completed');
      set(el.location, fraction());
      commit(true);
    };
    if (end && 'IntersectionObserver' in window) {
      new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reached()).observe(end);
    } else reached();
  }

  function assessment() {
    let passed = false;
    let suspend = '';
    if (resuming()) suspend = get('cmi.suspend_data');
    document.addEventListener('quiz:init', (e) => {
      try {
        const saved = suspend ? JSON.parse(suspend) : undefined;
        if (saved?.quiz) e.detail.options.saved = saved.quiz;
      } catch {
        console.warn('SCORM suspend_data was not written by this package: starting afresh');
      }
    });
    const save = (state) => {
      suspend = JSON.stringify({ quiz: state });
      if (v12 && suspend.length > 4096) suspend = JSON.stringify({ quiz: { answers: {}, submitted: false } });
      set('cmi.suspend_data', suspend);
    };
    if (live && !isComplete(get(el.status))) set(el.status, 'incomplete');
    beforeFinish = () => set('cmi.suspend_data', suspend || JSON.stringify({}));
    finished = () => passed;
    document.addEventListener('quiz:change', (e) => {
      save(e.detail.state);
      commit(false);
    });
    document.addEventListener('quiz:submit', (e) => {
      const result = e.detail.result;
      passed = result.passed;
      report(result);
      commit(true);
    });
  }

  const join = (parts, sep) => parts.join(sep);
  function pattern(r, correct) {
    const p = correct ? r.correctResponse : r.response;
    switch (r.interaction) {
      case 'true-false':
        return p.length ? (v12 ? (p[0] ? 't' : 'f') : String(p[0])) : '';
      case 'matching':
        return join(
          p.map((pair) => join(pair, v12 ? '.' : '[.]')),
          v12 ? ',' : '[,]',
        );
      case 'numeric': {
        if (correct)
          return v12 ? String((p[0] + p[1]) / 2) : p[0] === p[1] ? String(p[0]) : `${p[0]}[:]${p[1]}`;
        const n = window.CurriculumQuiz ? window.CurriculumQuiz.parseNumber(p[0]) : Number(p[0]);
        return Number.isFinite(n) ? String(n) : '';
      }
      case 'fill-in':
        return String(p[0] || '').slice(0, v12 ? 255 : 250);
      default:
        return join(p, v12 ? ',' : '[,]');
    }
  }

  function report(result) {
    if (!live) return;
    const stamp = new Date().toISOString().slice(0, 19);
    let n = Number(get('cmi.interactions._count')) || 0;
    for (const r of result.answers) {
      const base = `cmi.interactions.${n++}.`;
      set(`${base}id`, r.id);
      set(`${base}type`, r.interaction);
      set(v12 ? `${base}time` : `${base}timestamp`, v12 ? stamp.slice(11) : stamp);
      set(`${base}weighting`, r.points);
      set(`${base}correct_responses.0.pattern`, pattern(r, true));
      const response = pattern(r, false);
      if (response !== '') set(base + el.response, response);
      set(`${base}result`, r.correct ? 'correct' : v12 ? 'wrong' : 'incorrect');
    }
    if (v12) {
      set(el.raw, Math.round(result.scaled * 10000) / 100);
      set(el.min, 0);
      set(el.max, 100);
      set(el.status, result.passed ? 'passed' : 'failed');
    } else {
      set(el.raw, result.raw);
      set(el.min, 0);
      set(el.max, result.max);
      set('cmi.score.scaled', result.scaled);
      set('cmi.completion_status', 'completed');
      set('cmi.success_status', result.passed ? 'passed' : 'failed');
    }
  }

  start();
  if (kind === 'lesson') lesson();
  else if (kind === 'assessment') assessment();
})();
