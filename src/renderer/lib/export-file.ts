import { getApi } from '../api-client';
import { currentVariant, setNotice } from '../store/tailor-store';
import { adoptRecorded, flushSave } from './autosave';
import { checkExport } from '../store/ats-check-store';
import { base64ToBytes } from './pdf-render';

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * Saves first (the export is recorded in the saved variant's history), then exports: Electron writes where the
 * person chose in its save dialog; the browser build gets the bytes and downloads them.
 */
export async function exportAs(format: 'pdf' | 'docx'): Promise<void> {
  await flushSave();
  const variant = currentVariant();
  if (!variant) return;
  const r = await getApi().exportResume({ variant, format, saved: true });
  if (!r.ok) return setNotice({ kind: 'error', text: r.error });
  if (r.value.cancelled) return;
  // A page target that cannot be met, with allowOverflow false: nothing was written, and the result says why.
  if (!r.value.written) {
    void checkExport(format, r.value, variant);
    return setNotice({
      kind: 'error',
      text: `${r.value.fileName} was not written: ${r.value.overflow?.message ?? 'nothing to write'}`,
    });
  }
  if (r.value.recorded) adoptRecorded(r.value.recorded);
  if (r.value.dataBase64) {
    const url = URL.createObjectURL(new Blob([base64ToBytes(r.value.dataBase64) as BlobPart], { type: MIME[format] }));
    const a = document.createElement('a');
    a.href = url;
    a.download = r.value.fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  // Not awaited: the read-back runs while the person looks at the file; its result shows when it is there.
  void checkExport(format, r.value, variant);
  if (r.value.warning) return setNotice({ kind: 'error', text: `${r.value.fileName}: ${r.value.warning}` });
  setNotice({
    kind: 'info',
    text: `Exported ${r.value.fileName}${r.value.file ? ` to ${r.value.file}` : ''} (${r.value.pageCount} page${r.value.pageCount === 1 ? '' : 's'}).`,
  });
}
