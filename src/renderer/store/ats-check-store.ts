import { create } from 'zustand';
import { applyVariant } from '../../core/tailor/apply-variant';
import type { Variant } from '../../core/tailor/variant-schema';
import { getApi } from '../api-client';
import { useTailor } from './tailor-store';

export interface AtsCheck {
  fileName: string;
  /** null while the check runs. */
  problems: string[] | null;
  /** Why the check could not run, when it could not. */
  error: string | null;
}

/** The ATS read-back of the last export: "0 problems" or the list, until the next export or another variant. */
export const useAtsCheck = create<{ check: AtsCheck | null }>()(() => ({ check: null }));

/** Problems as an export result may carry them (the export's own read-back): a list of strings or {message}. */
function problemsIn(result: Record<string, unknown>): string[] | null {
  for (const key of ['atsCheck', 'check', 'ats']) {
    const v = result[key] as { problems?: unknown } | null | undefined;
    if (v && Array.isArray(v.problems))
      return v.problems.map((p) =>
        typeof p === 'string' ? p : String((p as { message?: unknown })?.message ?? JSON.stringify(p)),
      );
  }
  return null;
}

/**
 * After each export: the export result's own ATS read-back when it has one; otherwise, when the bytes came back
 * (the browser build), they are read back here through checkResumeFile against the tailored resume.
 */
export async function checkExport(
  format: 'pdf' | 'docx',
  result: { fileName: string; dataBase64: string | null } & Record<string, unknown>,
  variant: Variant,
): Promise<void> {
  const given = problemsIn(result);
  if (given) return useAtsCheck.setState({ check: { fileName: result.fileName, problems: given, error: null } });
  const master = useTailor.getState().master;
  if (!result.dataBase64 || !master) return useAtsCheck.setState({ check: null });
  useAtsCheck.setState({ check: { fileName: result.fileName, problems: null, error: null } });
  const r = await getApi().checkResumeFile({
    dataBase64: result.dataBase64,
    format,
    intended: applyVariant(master, variant).resume,
  });
  useAtsCheck.setState({
    check: r.ok
      ? { fileName: result.fileName, problems: r.value.problems, error: null }
      : { fileName: result.fileName, problems: null, error: r.error },
  });
}

useTailor.subscribe((s, prev) => {
  if (s.doc?.id !== prev.doc?.id) useAtsCheck.setState({ check: null });
});
