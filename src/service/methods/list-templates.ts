import { z } from 'zod';
import { listTemplateEntries, loadTemplate } from '../../node/template-store';
import { defineMethod } from '../define-method';
import { templateFolders } from '../service-context';

export const listTemplates = defineMethod({
  input: z.object({}).strict(),
  output: z.object({
    templates: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        description: z.string(),
        /** Shipped with the app, or the person's own (in the user templates folder). */
        source: z.enum(['built-in', 'user']).default('built-in'),
      }),
    ),
    problems: z.array(z.string()),
  }),
  async run(_input, ctx) {
    const templates = [];
    const problems = [];
    const { entries, shadowed } = await listTemplateEntries(ctx.templatesDir, ctx.userTemplatesDir);
    for (const { name, source } of entries) {
      const t = await loadTemplate(name, templateFolders(ctx));
      if (t.ok) templates.push({ name, label: t.template.label, description: t.template.description, source });
      else problems.push(t.error);
    }
    for (const name of shadowed)
      problems.push(
        `your template "${name}" in ${ctx.userTemplatesDir} is not used: "${name}" is a built-in template; rename your file to use it`,
      );
    return { templates, problems };
  },
});
