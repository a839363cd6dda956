import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { base64ToBytes, drawPdf } from '../lib/pdf-render';
import { currentVariant, setTracked, useTailor } from '../store/tailor-store';
import { PageTargetNote } from './PageTargetNote';
import { paneProps, type TabbedProps } from './PaneTabs';

const PREVIEW_DEBOUNCE_MS = 500;

/** The real PDF of the current state, drawn by pdf.js, re-rendered a moment after the last change. */
export function PreviewPane({
  templates,
  ...tab
}: { templates: MethodOutput<'listTemplates'>['templates'] } & TabbedProps) {
  const tailoring = useTailor((s) => s.tailoring);
  const template = useTailor((s) => s.template);
  const pageTarget = useTailor((s) => s.pageTarget);
  const company = useTailor((s) => s.doc?.company);
  const role = useTailor((s) => s.doc?.role);
  const pagesRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{
    seq: number;
    busy: boolean;
    pages: number | null;
    fit: MethodOutput<'renderPreview'>['fit'] | null;
    error: string | null;
  }>({ seq: 0, busy: true, pages: null, fit: null, error: null });
  const width = usePagesWidth(pagesRef);

  useEffect(() => {
    let stale = false;
    setState((s) => ({ ...s, busy: true }));
    const t = setTimeout(async () => {
      const v = currentVariant();
      if (!v) return;
      const r = await getApi().renderPreview({ variant: v });
      if (stale) return;
      if (!r.ok) return setState((s) => ({ seq: s.seq + 1, busy: false, pages: null, fit: null, error: r.error }));
      const el = pagesRef.current;
      const pages =
        el && width > 0
          ? await drawPdf(base64ToBytes(r.value.pdfBase64), el, Math.max(200, width - 4)).catch(() => r.value.pageCount)
          : r.value.pageCount;
      if (!stale) setState((s) => ({ seq: s.seq + 1, busy: false, pages, fit: r.value.fit, error: null }));
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(t);
    };
  }, [tailoring, template, pageTarget, company, role, width]);

  const over = state.pages !== null && state.pages > pageTarget;
  return (
    <section
      className="pane preview-pane"
      {...paneProps('preview', tab, 'preview-h')}
      aria-busy={state.busy}
      data-render-seq={state.seq}
      data-pages={state.pages ?? undefined}
    >
      <div className="pane-head">
        <h2 id="preview-h">Preview</h2>
        <span className="page-count" data-testid="page-count" aria-live="polite">
          {state.pages === null ? '…' : `${state.pages} page${state.pages === 1 ? '' : 's'}`}
        </span>
      </div>
      <PageTargetNote fit={state.fit} />
      <div className="preview-controls">
        <label>
          Template{' '}
          <select value={template} onChange={(e) => setTracked({ template: e.target.value })}>
            {templates.map((t) => (
              <option key={t.name} value={t.name} title={t.description}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Page target{' '}
          <select value={pageTarget} onChange={(e) => setTracked({ pageTarget: Number(e.target.value) })}>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {n} page{n > 1 ? 's' : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      {over && (
        <p className="warn" role="alert">
          Runs to {state.pages} pages, past the {pageTarget}-page target
          {state.fit?.overflowLines ? ` by about ${state.fit.overflowLines} lines` : ''}: hide a few weak bullets or run
          auto-tailor.
        </p>
      )}
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      <div className="pdf-pages" ref={pagesRef} />
    </section>
  );
}

/**
 * The pages' box width, followed as the window resizes or a tab shows the pane (hidden, it is 0 and nothing is
 * drawn), in steps of 8 px so a one-pixel jitter does not redraw.
 */
function usePagesWidth(ref: React.RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth / 8) * 8);
    measure();
    const obs = new ResizeObserver(measure);
    obs.observe(el);
    return () => obs.disconnect();
  }, [ref]);
  return width;
}
