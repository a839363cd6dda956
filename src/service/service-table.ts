import type { z } from 'zod';
import type { ServiceMethod } from './define-method';
import { loadMaster } from './methods/load-master';

/**
 * Every method the UI can call. The Electron IPC handlers, the preload's API object and the loopback HTTP routes
 * are all generated from this table, so the desktop app and the browser build cannot drift apart.
 */
export const serviceTable = {
  loadMaster,
} satisfies Record<string, ServiceMethod<z.ZodType, z.ZodType>>;

export type ServiceTable = typeof serviceTable;
export type MethodName = keyof ServiceTable;

export type MethodInput<K extends MethodName> = z.input<ServiceTable[K]['input']>;
export type MethodOutput<K extends MethodName> = z.output<ServiceTable[K]['output']>;

/** What a call returns across a process boundary: failures the person can act on are values. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: string; code: string };

/** The API object the renderer talks to, whichever transport is behind it. */
export type TailorApi = { [K in MethodName]: (input: MethodInput<K>) => Promise<CallResult<MethodOutput<K>>> };
