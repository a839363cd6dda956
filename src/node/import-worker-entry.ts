import { parentPort, workerData } from 'node:worker_threads';
import { importDocumentChecked } from './import-checked';

/** Runs in a worker thread (see import-worker.ts): one document, one answer, then the thread ends. */
const { bytes, type } = workerData as { bytes: Uint8Array; type: 'pdf' | 'docx' };
try {
  parentPort?.postMessage({ ok: true, value: await importDocumentChecked(bytes, type) });
} catch (e) {
  parentPort?.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
}
