/** A worker thread: cleans and searches documents (and segments slogan keys) for the main thread, one message at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, toolsFor, transferablesOf, type TaskName, type TaskSetup } from './tasks.js';

const tools = toolsFor(workerData as TaskSetup);

parentPort?.on('message', (m: { id: number; task: TaskName; input: never }) => {
  try {
    const output = runTask(m.task, m.input, tools);
    parentPort!.postMessage({ id: m.id, output }, transferablesOf(m.task, output));
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
