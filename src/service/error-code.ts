import { z } from 'zod';

/**
 * Why a call failed, the same on every transport (IPC, HTTP, the CLI's exit codes). The first five are failures the
 * person can act on (a ServiceError); `forbidden` is a refused caller (wrong window, wrong token); `internal` is a
 * bug, logged where it happened and reported with a message that leaks nothing of it.
 */
export const ErrorCode = z.enum(['bad-input', 'not-found', 'conflict', 'unreadable', 'io', 'forbidden', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The codes a method may raise on purpose; `forbidden` and `internal` belong to the transports and callMethod. */
export type ServiceErrorCode = Exclude<ErrorCode, 'forbidden' | 'internal'>;

/** What a call returns across a process boundary: failures are values, never exceptions. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode };
