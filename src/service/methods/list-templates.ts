import { z } from 'zod';
import { listTemplates as names, loadTemplate } from '../../node/template-store';
import { defineMethod } from '../define-method';

export const listTemplates = defineMethod({
  input: z.object({}).strict(),
  output: z.object({
    templates: z.array(z.object({ name: z.string(), label: z.string(), description: z.string() })),
    problems: z.array(z.string()),
  }),
  async run(_input, ctx) {
    const templates = [];
    const problems = [];
    for (const name of await names(ctx.templatesDir)) {
      const t = await loadTemplate(name, ctx.templatesDir);
      if (t.ok) templates.push({ name, label: t.template.label, description: t.template.description });
      else problems.push(t.error);
    }
    return { templates, problems };
  },
});
