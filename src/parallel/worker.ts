/** A worker thread: runs tasks on documents' text for the main thread, one message at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type TaskName, type TaskSetup } from './tasks.js';

const setup = workerData as TaskSetup;
if (setup.preloadJieba) runTask('segmentKeys', [], setup);

parentPort?.on('message', (m: { id: number; task: TaskName; input: never }) => {
  try {
    const output = runTask(m.task, m.input, setup);
    // Typed arrays (discovered n-gram spans) move to the main thread without a copy.
    const transfer = output && typeof output === 'object' && 'discovered' in output ? [output.discovered.buffer] : [];
    parentPort!.postMessage({ id: m.id, output }, transfer as ArrayBuffer[]);
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
