import { ServiceError } from './define-method';
import type { ServiceMethod } from './define-method';
import type { CallResult } from './error-code';
import type { ServiceContext } from './service-context';
import { describeIssues } from '../core/resume/validate-resume';
import type { z } from 'zod';

/** Where a bug is reported; the CLI and the servers log to stderr, tests may listen. */
export type InternalErrorLog = (method: string, error: unknown) => void;

const logToStderr: InternalErrorLog = (method, error) => console.error(`tailor: unexpected error in ${method}:`, error);

/**
 * Runs one method of the table: parse the input with its schema, run it, check the output. It never throws, so
 * IPC, HTTP and the CLI fail alike: a bug becomes `{ok:false, code:'internal'}` with a message that names the
 * method and nothing of the error (paths, contents), and the error itself goes to the log. Transports reach it
 * through callMethod (call-method.ts); the CLI hands it the one method it loaded (method-loaders.ts).
 */
export async function runMethod(
  name: string,
  method: ServiceMethod<z.ZodType, z.ZodType>,
  input: unknown,
  ctx: ServiceContext,
  log: InternalErrorLog = logToStderr,
): Promise<CallResult<unknown>> {
  try {
    const parsed = method.input.safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) {
      const problems = describeIssues(parsed.error.issues).map((p) => `${p.path}: ${p.message}`);
      return { ok: false, error: `invalid input for ${name}: ${problems.join('; ')}`, code: 'bad-input' };
    }
    const value = await method.run(parsed.data as never, ctx);
    return { ok: true, value: method.output.parse(value) };
  } catch (e) {
    if (e instanceof ServiceError) return { ok: false, error: e.message, code: e.code };
    try {
      log(name, e);
    } catch {
      // A failing logger must not turn a reported bug into a thrown one.
    }
    return { ok: false, error: `${name} failed unexpectedly (an internal error, logged)`, code: 'internal' };
  }
}
