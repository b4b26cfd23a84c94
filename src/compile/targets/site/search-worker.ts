import { parentPort } from 'node:worker_threads';
import { type SearchDoc, searchIndexScript } from './search-index.js';

// A worker thread that builds search indexes: receives batches of locales' documents, answers with their scripts.
if (parentPort) {
  parentPort.on('message', (batch: SearchDoc[][]) => {
    parentPort?.postMessage(batch.map((docs) => searchIndexScript(docs)));
  });
}
