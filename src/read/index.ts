import { prepareDocument } from '../pipeline.js';
import { readInputs, type ReadItem, type ReadOptions } from './read-documents.js';

export type { ReadItem, ReadOptions } from './read-documents.js';

/**
 * Read and clean every input, one document at a time: what every command
 * mines. Inputs that cannot be read come out as failures naming the file.
 * Files are read synchronously, like the cleaning that follows: the event
 * loop is held while each file is read and cleaned.
 */
export async function* readDocuments(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for await (const item of readInputs(inputs, options)) {
    yield item.ok ? { ok: true, doc: prepareDocument(item.doc) } : item;
  }
}
