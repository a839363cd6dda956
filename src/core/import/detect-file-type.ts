/** What a file really is, read from its first bytes: an extension can lie (a .pdf that is a renamed .docx). */
export type DetectedType = 'pdf' | 'docx' | 'ole' | 'rtf' | 'image' | 'binary' | 'text';

/** A zip is taken for a DOCX here; the DOCX reader then says so when it holds no Word document. */
export function detectFileType(head: Uint8Array): DetectedType {
  const ascii = String.fromCharCode(...head.slice(0, 16));
  // A PDF may carry a little junk before its header; readers accept the header within the first kilobyte.
  if (String.fromCharCode(...head.slice(0, 1024)).includes('%PDF-')) return 'pdf';
  if (ascii.startsWith('PK\u0003\u0004')) return 'docx';
  // Compound File Binary: an old .doc, or a password-protected .docx (Word encrypts it inside this container).
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'ole';
  if (ascii.startsWith('{\\rtf')) return 'rtf';
  if (ascii.startsWith('\u0089PNG') || (head[0] === 0xff && head[1] === 0xd8) || ascii.startsWith('GIF8'))
    return 'image';
  const sample = head.slice(0, 8192);
  if (sample.some((b) => b < 9 || (b > 13 && b < 32 && b !== 27))) return 'binary';
  return 'text';
}

/** The message a person sees when the bytes are not what the extension promised. */
export function describeType(t: DetectedType): string {
  switch (t) {
    case 'pdf':
      return 'a PDF document';
    case 'docx':
      return 'a Word (.docx) document';
    case 'ole':
      return 'a password-protected Word file or an old .doc (Word 97-2003) file';
    case 'rtf':
      return 'an RTF document';
    case 'image':
      return 'an image';
    case 'binary':
      return 'a binary file';
    case 'text':
      return 'a text file';
  }
}
