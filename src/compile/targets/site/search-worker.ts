import { parentPort } from 'node:worker_threads';
import { type SearchDoc, searchIndexScript } from './search-index.js';

// A worker thread that builds search indexes once the pages are made: receives locales' documents, answers with
// their index scripts.
if (parentPort) {
  parentPort.on('message', (batch: SearchDoc[][]) => {
    parentPort?.postMessage(batch.map((docs) => searchIndexScript(docs)));
  });
}
