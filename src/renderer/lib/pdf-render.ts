import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker ships as its own file from our origin (CSP: worker-src 'self').
GlobalWorkerOptions.workerSrc = workerUrl;

/** Draws every page of a PDF into canvases sized for the pane; returns the page count. */
export async function drawPdf(bytes: Uint8Array, container: HTMLElement, width: number): Promise<number> {
  const doc = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  try {
    const canvases: HTMLCanvasElement[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const base = page.getViewport({ scale: 1 });
      const scale = width / base.width;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
      canvas.className = 'pdf-page';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `Page ${i} of ${doc.numPages}`);
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
    }
    container.replaceChildren(...canvases);
    return doc.numPages;
  } finally {
    void doc.destroy();
  }
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
