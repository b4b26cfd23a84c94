import { readFileSync, readdirSync } from 'node:fs';
import { parseAllDocuments, LineCounter, Parser, Composer } from 'yaml';
const dir = '/tmp/bf/questions';
const files = [];
for (const d of readdirSync(dir, { recursive: true })) if (String(d).endsWith('.yaml')) files.push(readFileSync(dir + '/' + d, 'utf8'));
let t = performance.now();
for (const f of files) { const lc = new LineCounter(); const docs = parseAllDocuments(f, { lineCounter: lc, uniqueKeys: true }); docs[0].toJS(); }
console.log('yaml parseAllDocuments+toJS', (performance.now() - t).toFixed(0), 'ms', files.length, 'files', files.reduce((a, f) => a + f.length, 0));
t = performance.now();
for (const f of files) { const toks = [...new Parser().parse(f)]; }
console.log('yaml CST only', (performance.now() - t).toFixed(0));
t = performance.now();
for (const f of files) { [...new Parser().parse(f)].length; }
console.log('yaml CST only again', (performance.now() - t).toFixed(0));
t = performance.now();
for (const f of files) { JSON.parse(JSON.stringify(f)); }
const jsyaml = (await import('js-yaml')).default;
t = performance.now();
for (const f of files) jsyaml.load(f, { schema: jsyaml.CORE_SCHEMA });
console.log('js-yaml core', (performance.now() - t).toFixed(0));
t = performance.now();
for (const f of files) jsyaml.load(f, { schema: jsyaml.CORE_SCHEMA });
console.log('js-yaml core again', (performance.now() - t).toFixed(0));
t = performance.now();
for (const f of files) { const lc = new LineCounter(); const docs = parseAllDocuments(f, { lineCounter: lc, uniqueKeys: true }); docs[0].toJS(); }
console.log('yaml again', (performance.now() - t).toFixed(0));
