import type { z } from 'zod';
import type { ServiceErrorCode } from './error-code';
import type { ServiceContext } from './service-context';

/** One entry of the service table: the only way a shell (IPC, HTTP, tests) reaches core and node code. */
export interface ServiceMethod<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  run(input: z.output<I>, ctx: ServiceContext): Promise<z.input<O>>;
}

export function defineMethod<I extends z.ZodType, O extends z.ZodType>(m: ServiceMethod<I, O>): ServiceMethod<I, O> {
  return m;
}

/** A failure the person can act on travels as a value; anything else is a bug and is reported as such. */
export class ServiceError extends Error {
  constructor(
    message: string,
    readonly code: ServiceErrorCode = 'bad-input',
  ) {
    super(message);
  }
}
