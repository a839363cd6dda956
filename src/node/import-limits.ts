/** A resume is a few pages; past this a file is not one, and reading it would only make the person wait. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
