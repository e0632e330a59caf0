export type { ReadItem, ReadOptions } from './read-documents.js';
