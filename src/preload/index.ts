import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CallResult } from '../service/error-code';
import {
  FROM_PAGE_CHANNELS,
  pageChannel,
  TO_PAGE_CHANNELS,
  type FromPageChannel,
  type TailorShell,
  type ToPageChannel,
} from '../service/page-channels';
import type { MethodInput, MethodName, MethodOutput, TailorApi } from '../service/service-table';

const call =
  <K extends MethodName>(name: K) =>
  (input: MethodInput<K>): Promise<CallResult<MethodOutput<K>>> =>
    ipcRenderer.invoke(`tailor:${name}`, input ?? {});

/**
 * Exactly the service's methods, one function each; the page never sees ipcRenderer itself. Written out so that
 * `satisfies` checks it: a method of the table missing here, or a name here the table lacks, fails to compile.
 */
const api = {
  loadMaster: call('loadMaster'),
  analyzePosting: call('analyzePosting'),
  scoreVariant: call('scoreVariant'),
  autoTailor: call('autoTailor'),
  renderPreview: call('renderPreview'),
  exportResume: call('exportResume'),
  listVariants: call('listVariants'),
  getVariant: call('getVariant'),
  createVariant: call('createVariant'),
  saveVariant: call('saveVariant'),
  duplicateVariant: call('duplicateVariant'),
  renameVariant: call('renameVariant'),
  deleteVariant: call('deleteVariant'),
  restoreVariant: call('restoreVariant'),
  listTrash: call('listTrash'),
  diffVariants: call('diffVariants'),
  listTemplates: call('listTemplates'),
  getSettings: call('getSettings'),
  saveSettings: call('saveSettings'),
  openMaster: call('openMaster'),
  saveMaster: call('saveMaster'),
  importResumeFile: call('importResumeFile'),
  importResumePath: call('importResumePath'),
  validateMaster: call('validateMaster'),
  exportJsonResume: call('exportJsonResume'),
  scoreMaster: call('scoreMaster'),
  autoTailorSaved: call('autoTailorSaved'),
  createTailoredVariant: call('createTailoredVariant'),
  emptyTrash: call('emptyTrash'),
  tailoredResume: call('tailoredResume'),
  checkResumeFile: call('checkResumeFile'),
  updateApplication: call('updateApplication'),
  trackerCsv: call('trackerCsv'),
  getSnapshot: call('getSnapshot'),
  compareSnapshot: call('compareSnapshot'),
  masterChangeImpact: call('masterChangeImpact'),
  keepAsSent: call('keepAsSent'),
  reattachChoice: call('reattachChoice'),
  libraryInsight: call('libraryInsight'),
  scoreAcrossPostings: call('scoreAcrossPostings'),
  updateVariant: call('updateVariant'),
} satisfies TailorApi;

/** The listed page channels and nothing else; the listener gets the payload, never the IPC event. */
const shell = {
  on(channel: ToPageChannel, listener: (payload: never) => void) {
    if (!TO_PAGE_CHANNELS.includes(channel)) throw new Error(`no page channel "${String(channel)}"`);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(pageChannel(channel), forward);
    return () => void ipcRenderer.removeListener(pageChannel(channel), forward);
  },
  send(channel: FromPageChannel, payload: unknown) {
    if (!FROM_PAGE_CHANNELS.includes(channel)) throw new Error(`no page channel "${String(channel)}"`);
    ipcRenderer.send(pageChannel(channel), payload);
  },
} satisfies TailorShell;

contextBridge.exposeInMainWorld('tailor', api);
contextBridge.exposeInMainWorld('tailorShell', shell);
