import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../service/method-names';
import type { TailorApi } from '../service/service-table';

/** Exactly the service's methods, one function each; the page never sees ipcRenderer itself. */
const api = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`tailor:${name}`, input ?? {})]),
) as TailorApi satisfies TailorApi;

contextBridge.exposeInMainWorld('tailor', api);
