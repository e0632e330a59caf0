/** Encodings a user may force with --encoding (kept apart so that --help loads no decoder). */
export const ENCODING_NAMES = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be'];
