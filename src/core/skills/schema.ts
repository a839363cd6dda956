import { z } from 'zod';

/** What a keyword is: how a recruiter would file it. */
export const SkillKind = z.enum(['hard_skill', 'tool', 'soft_skill', 'domain', 'credential']);
export type SkillKind = z.infer<typeof SkillKind>;

export const Skill = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: SkillKind,
  aliases: z.array(z.string().min(1)),
  /** A common word as well as a skill (Go, Swift, Spark): counts only in its written case and next to tech. */
  ambiguous: z.boolean(),
  /** For an ambiguous skill, words that must appear nearby (Triton the kernel language: "kernel", "GPU"...). */
  context: z.array(z.string()).optional(),
  /** A concept so general ("Software Design") that a posting naming it says less than one naming a tool. */
  broad: z.boolean().optional(),
  source: z.string(),
});
export type Skill = z.infer<typeof Skill>;

/** src/core/skills/data/generated-skills.json, written by scripts/build-taxonomy.mjs. */
export const GeneratedSkillsFile = z.object({
  about: z.string(),
  sources: z.array(z.object({ package: z.string(), version: z.string(), license: z.string(), note: z.string() })),
  skills: z.array(Skill.omit({ context: true, broad: true })),
});

const ConceptEntry = z.union([
  z.array(z.string().min(1)).min(1),
  z.object({
    name: z.string(),
    kind: SkillKind.optional(),
    aliases: z.array(z.string()),
    ambiguous: z.boolean().optional(),
    context: z.array(z.string()).optional(),
  }),
]);

const ContextualEntry = z.object({
  name: z.string(),
  kind: SkillKind,
  aliases: z.array(z.string()),
  ambiguous: z.boolean(),
  context: z.array(z.string()).optional(),
});
const Relation = z.tuple([z.string(), z.string(), z.number().gt(0).lte(1)]);

/** src/core/skills/data/fields/<field>.json: one profession's skills, curated by hand (see data/README.md). */
export const FieldFile = z.object({
  about: z.string(),
  field: z.string().regex(/^[a-z-]+$/),
  license: z.string(),
  skills: z.partialRecord(SkillKind, z.array(ConceptEntry)),
  contextual: z.array(ContextualEntry),
  broad: z.array(z.string()),
  relations: z.array(Relation),
});

/** src/core/skills/data/fields.json: every field file in one, written by scripts/build-taxonomy.mjs. */
export const FieldsBundle = z.object({
  about: z.string(),
  inputsDigest: z.string(),
  sources: z.array(z.object({ package: z.string(), version: z.string(), license: z.string(), note: z.string() })),
  fields: z.array(z.object({ field: z.string(), license: z.string(), skills: z.number(), relations: z.number() })),
  skills: z.partialRecord(SkillKind, z.array(ConceptEntry)),
  contextual: z.array(ContextualEntry),
  broad: z.array(z.string()),
  relations: z.array(Relation),
});

/** src/core/skills/data/concepts.json, curated by hand. */
export const ConceptsFile = z.object({
  about: z.string(),
  license: z.string(),
  skills: z.record(SkillKind, z.array(ConceptEntry)),
  contextual: z.array(
    z.object({
      name: z.string(),
      kind: SkillKind,
      aliases: z.array(z.string()),
      ambiguous: z.boolean(),
      context: z.array(z.string()).optional(),
    }),
  ),
  broad: z.array(z.string()),
  notSkills: z.array(z.string()),
});

/** src/core/skills/data/relations.json: [from, to, strength]. */
export const RelationsFile = z.object({
  about: z.string(),
  license: z.string(),
  relations: z.array(z.tuple([z.string(), z.string(), z.number().gt(0).lte(1)])),
});
