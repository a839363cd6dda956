import type { ServiceContext } from '../service/service-context';
import type { MethodInput, MethodName, MethodOutput } from '../service/service-table';
import { CliError } from './cli-io';
import { exitCodeFor } from './exit-codes';

/**
 * Every command reaches core and node code here, through the service table, as the app does. A refusal becomes a
 * CliError with the exit code of its result code; the table is loaded on the first call, not for `--help`.
 */
export async function callService<K extends MethodName>(
  ctx: ServiceContext,
  name: K,
  input: MethodInput<K>,
): Promise<MethodOutput<K>> {
  const { callMethod } = await import('../service/call-method');
  const r = await callMethod(name, input, ctx);
  if (r.ok) return r.value as MethodOutput<K>;
  const [first = r.error, ...details] = r.error.split('\n');
  throw new CliError(first, exitCodeFor(r.code), details);
}
