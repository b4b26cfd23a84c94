/* The learning site's behaviour: progress in localStorage only, the path picker, offline caching. No network. */
(() => {
  const body = document.body;
  const root = body.dataset.root || '';
  const framework = body.dataset.framework || 'site';
  const readKey = `curriculum:${framework}:read`;
  const levelKey = `curriculum:${framework}:reached`;
  const localeKey = `curriculum:${framework}:locale`;

  function load(key, fallback) {
    try {
      const raw = localStorage.getItem(key);
      return raw ? JSON.parse(raw) : fallback;
    } catch {
      return fallback;
    }
  }
  function save(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Private mode or full storage: progress is simply not kept.
    }
  }
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  const read = load(readKey, {});

  function showReadMarks() {
    for (const li of document.querySelectorAll('li[data-lesson]')) {
      const mark = li.querySelector('.read-mark');
      if (mark) mark.hidden = !read[li.dataset.lesson];
      li.classList.toggle('is-read', !!read[li.dataset.lesson]);
    }
  }

  function lessonPage() {
    const button = document.querySelector('button.mark-read');
    if (button) {
      const id = button.dataset.lesson;
      const sync = () => button.setAttribute('aria-pressed', read[id] ? 'true' : 'false');
      sync();
      button.addEventListener('click', () => {
        if (read[id]) delete read[id];
        else read[id] = 1;
        save(readKey, read);
        sync();
      });
    }
    const print = document.querySelector('button.print');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', () => window.print());
    }
  }

  function quizScore(id) {
    const stored = load(`curriculum-quiz:${id}`, null);
    return stored?.result ? stored.result : null;
  }

  function rolePage() {
    const select = document.getElementById('reached');
    const summary = document.getElementById('path-summary');
    if (!select || !summary) return;
    const params = new URLSearchParams(location.search);
    const wanted = params.get('reached') ?? load(levelKey, '');
    if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
    const update = () => {
      const option = select.selectedOptions[0];
      const reached = option?.dataset.rank === undefined ? -1 : Number(option.dataset.rank);
      let count = 0;
      let minutes = 0;
      let total = 0;
      let done = 0;
      for (const li of document.querySelectorAll('#path li[data-rank]')) {
        const needed = Number(li.dataset.rank) > reached;
        li.hidden = !needed;
        if (!needed || !li.dataset.lesson) continue;
        total++;
        if (read[li.dataset.lesson]) done++;
        else {
          count++;
          minutes += Number(li.dataset.minutes || 0);
        }
      }
      for (const group of document.querySelectorAll('#path > li')) {
        group.hidden = !group.querySelector('li[data-rank]:not([hidden])');
      }
      const percent = total === 0 ? 100 : Math.round((done / total) * 100);
      summary.textContent = `${fill(summary.dataset.template, { count, minutes })}. ${fill(summary.dataset.doneTemplate, { percent })}.`;
      save(levelKey, select.value);
    };
    for (const li of document.querySelectorAll('li[data-quiz-id]')) {
      const result = quizScore(li.dataset.quizId);
      const out = li.querySelector('.quiz-score');
      if (result && out) out.textContent = ` ${Math.round(result.scaled * 100)}%${result.passed ? ' ✓' : ''}`;
    }
    select.addEventListener('change', update);
    update();
    keepOffline([...document.querySelectorAll('#path a')].map((a) => a.href));
  }

  function homePage() {
    const form = document.getElementById('path-picker');
    if (!form) return;
    const level = form.querySelector('#pick-level');
    const stored = load(levelKey, '');
    if ([...level.options].some((o) => o.value === stored)) level.value = stored;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const role = form.querySelector('#pick-role').value;
      save(levelKey, level.value);
      location.href = `${role}?reached=${encodeURIComponent(level.value)}`;
    });
  }

  function languages() {
    if (body.dataset.page === 'languages') {
      const stored = load(localeKey, '');
      const link = stored && document.querySelector(`a[data-locale-link="${CSS.escape(stored)}"]`);
      if (link && !sessionStorage.getItem('curriculum:stay')) {
        sessionStorage.setItem('curriculum:stay', '1');
        location.replace(link.href);
      }
    } else {
      save(localeKey, body.dataset.locale);
    }
  }

  function keepOffline(urls) {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    navigator.serviceWorker.ready.then((registration) => {
      registration.active?.postMessage({ cache: [location.href.split('#')[0], ...urls] });
    });
  }

  function serviceWorker() {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    navigator.serviceWorker.register(`${root}sw.js`).catch(() => {});
    keepOffline([]);
  }

  languages();
  showReadMarks();
  if (body.dataset.page === 'lesson') lessonPage();
  if (body.dataset.page === 'role') rolePage();
  if (body.dataset.page === 'home') homePage();
  serviceWorker();
})();
