// Compiles every JSON Schema to standalone validation code at build time (ajv's "standalone" mode), so that
// start-up and each parse worker skip ajv's compile. Run by `npm run build` after tsc.
import { writeFileSync } from 'node:fs';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv, schemaFiles, schemasHash } from '../dist/validate/schemas.js';

const ajv = createAjv({ source: true });
const names = Object.fromEntries(Object.keys(schemaFiles).map((kind) => [kind, kind]));
const code = standaloneCode.default(ajv, names);
writeFileSync(
  new URL('../dist/validate/schema-validators.cjs', import.meta.url),
  `${code}\nmodule.exports.schemasHash = ${JSON.stringify(schemasHash())};\n`,
);
