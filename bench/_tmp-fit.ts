import { readFileSync, writeFileSync } from 'node:fs';
import { renderDocx, renderPdf } from '../src/core/render/render-resume';
import { validateResume } from '../src/core/resume/validate-resume';
import { loadTemplateFonts } from '../src/node/font-files';
import { installNodeDeflate } from '../src/node/pdf-deflate';
import { loadTemplate } from '../src/node/template-store';
installNodeDeflate();
const v = validateResume(JSON.parse(readFileSync('tests/fixtures/resumes/fixture-master.json','utf8')));
if (!v.ok) throw 1;
for (const name of ['classic','compact','modern']) for (const pages of [0,1,2]) {
const t = await loadTemplate(name); if (!t.ok) throw 1;
const f = await loadTemplateFonts(t.template, t.fontsDir); if (!f.ok) throw 1;
const req = { resume: v.resume, template: t.template, fonts: f.fonts, embedFonts: true, ...(pages?{pages}:{}) };
const p = await renderPdf(req); const d = await renderDocx(req);
writeFileSync(`/tmp/fit/${name}-${pages}.pdf`, p.bytes); writeFileSync(`/tmp/fit/${name}-${pages}.docx`, d.bytes);
console.log(name, pages, p.pageCount, d.pageCount, p.fit.message, p.fit.bodySize);
}
