import { ServiceError } from './define-method';
import type { ServiceContext } from './service-context';
import { serviceTable, type CallResult, type MethodName } from './service-table';
import { describeIssues } from '../core/resume/validate-resume';

/** The one entry every transport uses: parse the input with the method's schema, run it, check the output. */
export async function callMethod(name: string, input: unknown, ctx: ServiceContext): Promise<CallResult<unknown>> {
  if (!Object.hasOwn(serviceTable, name)) return { ok: false, error: `unknown method "${name}"`, code: 'bad-input' };
  const method = serviceTable[name as MethodName];
  const parsed = method.input.safeParse(input ?? {}, { reportInput: true });
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues).map((p) => `${p.path}: ${p.message}`);
    return { ok: false, error: `invalid input for ${name}: ${problems.join('; ')}`, code: 'bad-input' };
  }
  try {
    const value = await method.run(parsed.data as never, ctx);
    return { ok: true, value: method.output.parse(value) };
  } catch (e) {
    if (e instanceof ServiceError) return { ok: false, error: e.message, code: e.code };
    throw e;
  }
}
