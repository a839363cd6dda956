import { create } from 'zustand';
import { applyVariant } from '../../core/tailor/apply-variant';
import type { Variant } from '../../core/tailor/variant-schema';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { useTailor } from './tailor-store';

type ExportResult = MethodOutput<'exportResume'>;

export interface AtsCheck {
  fileName: string;
  /** null while the check runs, or when nothing was written. */
  problems: string[] | null;
  /** Why the check could not run, when it could not. */
  error: string | null;
  /** What the resume holds and this template does not print ("path: why"), so nothing is dropped unsaid. */
  notShown: string[];
  /** Set when nothing was written because the page target cannot be met (an export with allowOverflow: false). */
  overflow: NonNullable<ExportResult['overflow']> | null;
}

/** The ATS read-back of the last export: "0 problems" or the list, until the next export or another variant. */
export const useAtsCheck = create<{ check: AtsCheck | null }>()(() => ({ check: null }));

/**
 * After each export: the export's own ATS read-back (Electron writes the file and returns no bytes, so this is the
 * only one there); when the service skipped it and the bytes came back (the browser build), they are read back here
 * through checkResumeFile against the tailored resume.
 */
export async function checkExport(format: 'pdf' | 'docx', result: ExportResult, variant: Variant): Promise<void> {
  const base = {
    fileName: result.fileName,
    error: null,
    notShown: result.notShown.map((n) => `${n.path} (${n.message})`),
    overflow: null,
  };
  if (!result.written)
    return useAtsCheck.setState({ check: { ...base, problems: null, overflow: result.overflow ?? null } });
  if (result.atsCheck) return useAtsCheck.setState({ check: { ...base, problems: result.atsCheck.problems } });
  const master = useTailor.getState().master;
  if (!result.dataBase64 || !master)
    return useAtsCheck.setState({
      check: base.notShown.length ? { ...base, problems: null, error: 'the export returned no read-back' } : null,
    });
  useAtsCheck.setState({ check: { ...base, problems: null } });
  const r = await getApi().checkResumeFile({
    dataBase64: result.dataBase64,
    format,
    intended: applyVariant(master, variant).resume,
  });
  useAtsCheck.setState({
    check: r.ok ? { ...base, problems: r.value.problems } : { ...base, problems: null, error: r.error },
  });
}

useTailor.subscribe((s, prev) => {
  if (s.doc?.id !== prev.doc?.id) useAtsCheck.setState({ check: null });
});
