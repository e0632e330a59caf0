import { report, type Document } from './document.js';
import { cleanDocument } from './clean/clean.js';

/** Run the text stages on a document; a stage that throws becomes a fatal message on it, and the run goes on. */
export function prepareDocument(doc: Document): Document {
  try {
    return cleanDocument(doc);
  } catch (e) {
    report(doc, 'stage-failed', `could not be processed: ${(e as Error).message}`);
    doc.text = '';
    return doc;
  }
}
