/**
 * The one table of `tailor` exit codes. Scripts key on them, so they only ever grow:
 *   0 done
 *   1 bad input, an unreadable file, a disk error, a failed check (validate), or an export whose history could not be updated
 *   2 usage error (unknown command or option, a flag value out of range)
 *   3 no such variant; for `export --pages`, the page target is not met
 *   4 conflict: the file changed on disk since it was read, or the id exists; nothing was written
 *  70 an unexpected error (a bug: run with TAILOR_DEBUG=1 for the stack)
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  notFound: 3,
  pageTargetMissed: 3,
  conflict: 4,
  internal: 70,
} as const;

/** A service result code (ServiceError's code, or 'internal') to the exit code scripts see. */
export function exitCodeFor(code: string): number {
  switch (code) {
    case 'not-found':
      return EXIT.notFound;
    case 'conflict':
      return EXIT.conflict;
    case 'internal':
      return EXIT.internal;
    default:
      return EXIT.failed;
  }
}
