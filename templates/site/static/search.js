/* Client-side search over the prebuilt MiniSearch index of this locale (search-index.js), accents optional. */
(() => {
  const form = document.querySelector('form.search-page');
  const results = document.getElementById('results');
  if (!form || !results || !self.MiniSearch || !self.curriculumSearchIndex) return;
  const index = self.MiniSearch.loadJS(self.curriculumSearchIndex, {
    fields: ['title', 'text'],
    storeFields: ['title', 'url', 'kind', 'context'],
    processTerm: (term) => self.curriculumFold(term),
  });
  const input = form.querySelector('input[name="q"]');
  function show(query) {
    results.textContent = '';
    if (!query.trim()) return;
    const hits = index
      .search(query, { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { title: 3 } })
      .slice(0, 50);
    if (hits.length === 0) {
      const p = document.createElement('p');
      p.textContent = results.dataset.none || '';
      results.append(p);
      return;
    }
    const list = document.createElement('ol');
    list.className = 'search-results';
    for (const hit of hits) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.url;
      a.textContent = hit.title;
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ` · ${hit.context}`;
      li.append(a, meta);
      list.append(li);
    }
    results.append(list);
  }
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  show(input.value);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    show(input.value);
  });
  input.addEventListener('input', () => show(input.value));
})();
