import jsyaml from 'js-yaml';
const text = process.argv[2].replace(/\\n/g, '\n');
let depth = 0;
jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, listener(ev, s) {
  if (ev === 'open') { console.log(' '.repeat(depth*2) + 'open @' + s.position + ' ' + JSON.stringify(text.slice(s.position, s.position+8)) + ' line' + s.line + ' ls' + s.lineStart); depth++; }
  else { depth--; console.log(' '.repeat(depth*2) + 'close @' + s.position + ' ' + JSON.stringify(s.result) + ' tag=' + s.tag + ' kind=' + s.kind); }
}});
