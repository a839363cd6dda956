import { ServiceError } from './define-method';
import type { CallResult } from './error-code';
import type { ServiceContext } from './service-context';
import { serviceTable, type MethodName } from './service-table';
import { describeIssues } from '../core/resume/validate-resume';

/** Where a bug is reported; the CLI and the servers log to stderr, tests may listen. */
export type InternalErrorLog = (method: string, error: unknown) => void;

const logToStderr: InternalErrorLog = (method, error) => console.error(`tailor: unexpected error in ${method}:`, error);

/**
 * The one entry every transport uses: parse the input with the method's schema, run it, check the output. It never
 * throws, so IPC, HTTP and the CLI fail alike: a bug becomes `{ok:false, code:'internal'}` with a message that names
 * the method and nothing of the error (paths, contents), and the error itself goes to the log.
 */
export async function callMethod(
  name: string,
  input: unknown,
  ctx: ServiceContext,
  log: InternalErrorLog = logToStderr,
): Promise<CallResult<unknown>> {
  if (!Object.hasOwn(serviceTable, name)) return { ok: false, error: `unknown method "${name}"`, code: 'bad-input' };
  const method = serviceTable[name as MethodName];
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
