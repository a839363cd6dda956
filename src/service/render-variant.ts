import { prepareRender, renderDocx, renderPdf, type RenderRequest, type Rendered } from '../core/render/render-resume';
import type { Resume } from '../core/resume/schema';
import { applyVariant } from '../core/tailor/apply-variant';
import type { Variant } from '../core/tailor/variant-schema';
import { loadTemplateFonts } from '../node/font-files';
import { installNodeDeflate } from '../node/pdf-deflate';
import { loadTemplate } from '../node/template-store';
import { ServiceError } from './define-method';
import { templateFolders, type ServiceContext } from './service-context';

/** Master + variant + its template and fonts: what every render (preview, export, auto-tailor's page fit) starts from. */
export async function renderRequestFor(
  ctx: ServiceContext,
  master: Resume,
  variant: Variant,
  opts: { fitPages?: boolean } = {},
): Promise<RenderRequest> {
  const tpl = await loadTemplate(variant.template, templateFolders(ctx));
  // bad-input, not not-found: scripts read "not found" (exit 3) as "no such variant".
  if (!tpl.ok) throw new ServiceError([tpl.error, ...tpl.problems.slice(0, 3)].join('\n'), 'bad-input');
  const fonts = await loadTemplateFonts(tpl.template, tpl.fontsDir);
  if (!fonts.ok) throw new ServiceError(fonts.error, 'unreadable');
  const meta = {
    ...(variant.company ? { company: variant.company.slice(0, 200) } : {}),
    ...(variant.role ? { role: variant.role.slice(0, 200) } : {}),
  };
  return {
    resume: applyVariant(master, variant).resume,
    template: tpl.template,
    fonts: fonts.fonts,
    ...(opts.fitPages === false ? {} : { pages: variant.pageTarget }),
    meta,
  };
}

let deflateReady = false;

export async function renderVariant(
  req: RenderRequest,
  format: 'pdf' | 'docx',
  opts: { embedFonts?: boolean } = {},
): Promise<Rendered> {
  if (!deflateReady) {
    installNodeDeflate();
    deflateReady = true;
  }
  try {
    return format === 'docx' ? await renderDocx({ ...req, embedFonts: opts.embedFonts ?? true }) : await renderPdf(req);
  } catch (e) {
    // A font that passes the checks but is damaged inside fails deep in fontkit: name the template, not the stack.
    throw new ServiceError(
      `could not render with template "${req.template.name}": ${e instanceof Error ? e.message : String(e)}`,
      'unreadable',
    );
  }
}

/** Whether a tailored resume fits the page target: a layout only, no PDF written (auto-tailor asks this many times). */
export function fitsPages(req: RenderRequest): (resume: Resume) => boolean {
  return (resume) => prepareRender({ ...req, resume }).fit.fits;
}
