import type { StoreResult } from '../node/variant-store';
import { ServiceError } from './define-method';

/** A library refusal becomes a ServiceError the UI can act on by its code (a conflict offers a choice). */
export function unwrap<T>(r: StoreResult<T>): T {
  if (r.ok) return r.value;
  throw new ServiceError(r.error, r.code === 'invalid' ? 'bad-input' : r.code);
}
