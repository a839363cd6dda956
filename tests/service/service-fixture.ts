import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callMethod } from '../../src/service/call-method';
import { defaultServiceContext, type ServiceContext } from '../../src/service/service-context';
import type { MethodName, MethodOutput } from '../../src/service/service-table';
import { MASTER } from '../support/run-cli';

/** A service context on temporary folders (library, settings), with the fixture master and the real templates. */
export function tempContext(overrides: Partial<ServiceContext> = {}): {
  ctx: ServiceContext;
  dir: string;
  cleanup(): void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-service-'));
  const ctx = defaultServiceContext({
    resumePath: MASTER,
    libraryDir: path.join(dir, 'variants'),
    settingsFile: path.join(dir, 'settings.json'),
    ...overrides,
  });
  return { ctx, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Calls a method the way both transports do and returns its value, failing the test with the service's words. */
export async function call<K extends MethodName>(
  ctx: ServiceContext,
  name: K,
  input: unknown,
): Promise<MethodOutput<K>> {
  const r = await callMethod(name, input, ctx);
  if (!r.ok) throw new Error(`${name} failed (${r.code}): ${r.error}`);
  return r.value as MethodOutput<K>;
}
