import { parentPort, workerData } from 'node:worker_threads';
import { type BankJob, type BankWorld, bankBuilder } from './bank-jobs.js';

// A worker thread of the bank pool: receives batches of banks to build, answers with their bytes in order.
if (parentPort) {
  const build = bankBuilder(workerData as BankWorld);
  parentPort.on('message', async (jobs: BankJob[]) => {
    const outputs = [];
    for (const job of jobs) outputs.push(await build(job));
    // Moved rather than copied, when a result owns its whole buffer (a pooled Buffer shares one).
    const transfer = outputs.flatMap(({ data }) =>
      data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? [data.buffer as ArrayBuffer] : [],
    );
    parentPort?.postMessage(outputs, transfer);
  });
}
