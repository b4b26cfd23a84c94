/* Search term folding shared by the index builder and the browser: lower case, no diacritics, đ → d. */
((root) => {
  function fold(term) {
    return String(term).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }
  root.curriculumFold = fold;
})(typeof self !== 'undefined' ? self : globalThis);
