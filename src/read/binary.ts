/** File signatures of formats that are never text, checked before any decoding. */
const MAGIC: Array<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or docx/xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['OLE document (doc/xls)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Why these bytes are not text, or undefined if they may be. As in ripgrep, a NUL
 * byte in the first 8 KiB marks a file as binary (UTF-16 is recognised by its
 * BOM before this check runs).
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) return name;
  }
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  return nul === -1 ? undefined : `NUL byte at offset ${nul}`;
}
