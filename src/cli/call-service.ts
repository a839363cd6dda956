import type { ServiceMethod } from '../service/define-method';
import type { ServiceContext } from '../service/service-context';
import type { MethodInput, MethodName, MethodOutput } from '../service/service-table';
import type { z } from 'zod';
import { CliError } from './cli-io';
import { exitCodeFor } from './exit-codes';

/**
 * Every command reaches core and node code here, through the service's methods and its one runner (the same
 * parse, run, check and error contract as IPC and HTTP). A refusal becomes a CliError with the exit code of its
 * result code. Only the method named is loaded, not the whole table, and not for `--help`.
 */
export async function callService<K extends MethodName>(
  ctx: ServiceContext,
  name: K,
  input: MethodInput<K>,
): Promise<MethodOutput<K>> {
  const [{ runMethod }, { methodLoaders }, { z }] = await Promise.all([
    import('../service/run-method'),
    import('../service/method-loaders'),
    import('zod'),
  ]);
  // zod compiles a fast path for each object schema the first time it parses one: worth it in a long-lived app,
  // but a command parses each schema once or twice and would pay the compiling for nothing.
  z.config({ jitless: true });
  const method = (await methodLoaders[name]()) as unknown as ServiceMethod<z.ZodType, z.ZodType>;
  const r = await runMethod(name, method, input, ctx);
  if (r.ok) return r.value as MethodOutput<K>;
  const [first = r.error, ...details] = r.error.split('\n');
  throw new CliError(first, exitCodeFor(r.code), details);
}
