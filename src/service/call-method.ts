import type { ServiceMethod } from './define-method';
import type { CallResult } from './error-code';
import { runMethod, type InternalErrorLog } from './run-method';
import type { ServiceContext } from './service-context';
import { serviceTable, type MethodName } from './service-table';
import type { z } from 'zod';

export type { InternalErrorLog } from './run-method';

/**
 * The one entry every transport uses: looks the method up in the table and runs it (run-method.ts). It never
 * throws, so IPC, HTTP and the CLI fail alike.
 */
export async function callMethod(
  name: string,
  input: unknown,
  ctx: ServiceContext,
  log?: InternalErrorLog,
): Promise<CallResult<unknown>> {
  if (!Object.hasOwn(serviceTable, name)) return { ok: false, error: `unknown method "${name}"`, code: 'bad-input' };
  const method = serviceTable[name as MethodName] as ServiceMethod<z.ZodType, z.ZodType>;
  return runMethod(name, method, input, ctx, log);
}
