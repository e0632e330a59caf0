import { report, type Document, type DocumentMeta } from './document.js';
import { cleanDocument } from './clean/clean.js';
import { errorText } from './messages.js';

/**
 * Run the text stages on a document; a stage that throws becomes a fatal
 * message on it, and the run goes on. `meta` (what the user's --meta file
 * says of it) then replaces what cleaning found, on whichever thread cleaned it.
 */
export function prepareDocument(doc: Document, meta?: Partial<DocumentMeta>): Document {
  try {
    cleanDocument(doc);
  } catch (e) {
    report(doc, 'stage-failed', `could not be processed: ${errorText(e)}`);
    doc.text = '';
  }
  Object.assign(doc.meta, meta);
  return doc;
}
