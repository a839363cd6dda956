/**
 * Builds the taxonomy index from its sources (concepts.json, data/fields bundled into fields.json,
 * generated-skills.json, relations.json): every written form tokenized, stemmed and classified, relations
 * resolved. This is the slow part (thousands of Porter stems and lexicon lookups), so it runs at BUILD time:
 * scripts/build-taxonomy.mjs writes its result as data/taxonomy-index.json, which taxonomy.ts loads. Tests check
 * that the committed index equals a fresh build.
 */
import conceptsFile from './data/concepts.json';
import fieldsFile from './data/fields.json';
import generatedFile from './data/generated-skills.json';
import relationsFile from './data/relations.json';
import { isCommonWord } from '../job/background';
import { posTags } from '../job/pos-lexicon';
import { isStopword } from '../job/stopwords';
import { keyOf, stemKeyOf, tokenize } from '../job/tokenize';
import { skillId } from '../slug';
import type { Skill, SkillKind } from './schema';
import type { AliasRef, Relation, Taxonomy, TaxonomyIndexFile, TrieNode } from './taxonomy';

function insert(root: TrieNode, words: string[], ref: AliasRef): void {
  let node = root;
  for (const w of words) {
    node.next ??= new Map();
    let child = node.next.get(w);
    if (!child) {
      child = {};
      node.next.set(w, child);
    }
    node = child;
  }
  (node.refs ??= []).push(ref);
}

type RawConcept =
  string[] | { name: string; kind?: SkillKind; aliases: string[]; ambiguous?: boolean; context?: string[] };

export function buildTaxonomy(): Taxonomy {
  const skills: Skill[] = [];
  const byId = new Map<string, Skill>();
  const byKey = new Map<string, AliasRef[]>();
  const byStemKey = new Map<string, AliasRef[]>();
  let maxTokens = 1;
  const trie: TrieNode = {};
  const stemTrie: TrieNode = {};

  const addForm = (
    skill: Skill,
    form: string,
    isName: boolean,
    curated: boolean,
    extra?: { context?: string[] },
  ): boolean => {
    const context = extra?.context;
    const tokens = tokenize(form, { stems: curated });
    if (!tokens.length || tokens.length > 6) return false;
    const key = keyOf(tokens);
    const existing = byKey.get(key);
    // Curated forms come first; a generated form never shadows one ("AWS" the icon vs AWS the cloud).
    if (!curated && existing?.some((r) => !r.ambiguous)) return false;
    const letters = form.replace(/[^A-Za-z]/g, '');
    const upper = form.replace(/[^A-Z]/g, '').length;
    const oneWord = tokens.length === 1;
    // A name that two skills share, a short name, or a common word needs context; "Triton Inference Server" does not.
    // Generated brand names that are short ("ANA") or made of everyday words ("The Conversation") need tech nearby.
    const everyday = tokens.every((t) => isStopword(t.lower) || isCommonWord(t.lower));
    const ambiguous =
      !!extra ||
      (skill.ambiguous && oneWord && (!!skill.context || letters.length <= 2 || isCommonWord(key))) ||
      (!curated && ((oneWord && letters.length <= 3) || (!oneWord && everyday)));
    const caseSensitive = ambiguous || (upper >= 2 && (form.length <= 3 || (oneWord && isCommonWord(key))));
    const ref: AliasRef = {
      skill,
      form,
      surface: tokens.map((t) => t.text).join(' '),
      isName,
      caseSensitive: caseSensitive && !context,
      ambiguous,
      generated: !curated,
    };
    if (context) ref.context = context;
    if (
      curated &&
      oneWord &&
      !ambiguous &&
      (skill.kind === 'hard_skill' || skill.kind === 'domain') &&
      posTags(key) !== undefined
    )
      ref.needsSupport = true;
    if (existing) existing.push(ref);
    else byKey.set(key, [ref]);
    maxTokens = Math.max(maxTokens, tokens.length);
    insert(
      trie,
      tokens.map((t) => t.lower),
      ref,
    );
    // Concepts also match inflected ("profiled", "GPU kernel"); names of tools and languages only as written.
    const stemKey = stemKeyOf(tokens);
    if (
      curated &&
      !ambiguous &&
      !caseSensitive &&
      skill.kind !== 'tool' &&
      stemKey !== key &&
      /[a-z]{3}/.test(stemKey)
    ) {
      const list = byStemKey.get(stemKey);
      if (list) list.push(ref);
      else byStemKey.set(stemKey, [ref]);
      insert(
        stemTrie,
        tokens.map((t) => t.stem),
        ref,
      );
    }
    return true;
  };

  const addSkill = (skill: Skill, curated: boolean) => {
    if (!addForm(skill, skill.name, true, curated)) return;
    skills.push(skill);
    byId.set(skill.id, skill);
    for (const a of skill.aliases) addForm(skill, a, false, curated);
  };

  type CuratedFile = {
    skills: Partial<Record<SkillKind, RawConcept[]>>;
    contextual: { name: string; kind: SkillKind; aliases: string[]; ambiguous: boolean; context?: string[] }[];
    broad: string[];
  };
  const base = conceptsFile as unknown as CuratedFile & { notSkills: string[] };
  // Each profession's curated skills (data/fields/*.json, bundled by the build) join the software concepts.
  const fields = fieldsFile as unknown as CuratedFile;
  const concepts = {
    skills: [base.skills, fields.skills],
    contextual: [...base.contextual, ...fields.contextual],
    notSkills: base.notSkills,
    broad: [...base.broad, ...fields.broad],
  };
  const curatedIds = new Set<string>();
  const curatedSkill = (raw: RawConcept, kind: SkillKind): Skill => {
    if (Array.isArray(raw)) {
      const [name, ...aliases] = raw as [string, ...string[]];
      return { id: skillId(name), name, kind, aliases, ambiguous: false, source: 'concepts' };
    }
    const s: Skill = {
      id: skillId(raw.name),
      name: raw.name,
      kind: raw.kind ?? kind,
      aliases: raw.aliases,
      ambiguous: raw.ambiguous ?? false,
      source: 'concepts',
    };
    if (raw.context) s.context = raw.context;
    return s;
  };
  const curated: Skill[] = [];
  for (const file of concepts.skills)
    for (const [kind, list] of Object.entries(file) as [SkillKind, RawConcept[]][])
      for (const raw of list) curated.push(curatedSkill(raw, kind));
  const extraForms: { id: string; aliases: string[]; context?: string[] }[] = [];
  for (const c of concepts.contextual) {
    const s = curatedSkill(c, c.kind);
    if (curated.some((x) => x.id === s.id))
      extraForms.push({
        id: s.id,
        aliases: c.aliases.length ? c.aliases : [c.name],
        ...(c.context ? { context: c.context } : {}),
      });
    else curated.push(s);
  }
  const broad = new Set(concepts.broad);
  for (const s of curated) {
    curatedIds.add(s.id);
    if (broad.has(s.name)) s.broad = true;
  }
  for (const s of curated) addSkill(s, true);
  for (const x of extraForms) {
    const skill = byId.get(x.id);
    if (skill) for (const a of x.aliases) addForm(skill, a, false, true, x.context ? { context: x.context } : {});
  }

  const excluded = new Set(concepts.notSkills);
  for (const g of (generatedFile as { skills: Skill[] }).skills) {
    // "Solid understanding", "Strong skills": a brand named like posting boilerplate would match everywhere.
    if (curatedIds.has(g.id) || excluded.has(g.id) || isStopword(g.name.toLowerCase())) continue;
    // Editor-mode aliases that are plain words ("batch" for Batchfile) would match ordinary prose.
    addSkill({ ...g, aliases: g.aliases.filter((a) => !/^[a-z]+$/.test(a)) }, false);
  }

  const related = new Map<string, Relation[]>();
  const link = (from: string, to: string, strength: number) => {
    const list = related.get(from) ?? [];
    const prev = list.find((r) => r.to === to);
    if (prev) prev.strength = Math.max(prev.strength, strength);
    else list.push({ to, strength });
    related.set(from, list);
  };
  const relations = [
    ...(relationsFile as unknown as { relations: [string, string, number][] }).relations,
    ...(fieldsFile as unknown as { relations: [string, string, number][] }).relations,
  ];
  for (const [from, to, strength] of relations) {
    const a = findByName(byId, byKey, from);
    const b = findByName(byId, byKey, to);
    if (!a || !b) continue;
    link(a.id, b.id, strength);
    // The general skill says less about the specific one: half strength the other way.
    link(b.id, a.id, strength / 2);
  }
  return { skills, byId, byKey, byStemKey, maxTokens, trie, stemTrie, related };
}

function findByName(byId: Map<string, Skill>, byKey: Map<string, AliasRef[]>, name: string): Skill | undefined {
  const id = skillId(name);
  const direct = byId.get(id);
  if (direct && direct.name === name) return direct;
  const refs = byKey.get(keyOf(tokenize(name)));
  return refs?.find((r) => r.isName)?.skill ?? direct;
}

/** The index as plain JSON: skills, forms (skill by position), the exact and stem keys in insertion order, relations. */
export function serializeTaxonomy(t: Taxonomy): TaxonomyIndexFile {
  const skillIndex = new Map(t.skills.map((s, i) => [s, i]));
  const refs: TaxonomyIndexFile['refs'] = [];
  const refIndex = new Map<AliasRef, number>();
  const keys: TaxonomyIndexFile['keys'] = [];
  for (const [key, list] of t.byKey) {
    const ids: number[] = [];
    for (const r of list) {
      let i = refIndex.get(r);
      if (i === undefined) {
        i = refs.length;
        refIndex.set(r, i);
        const s = skillIndex.get(r.skill);
        if (s === undefined) throw new Error(`taxonomy index: form "${r.form}" names a skill outside the index`);
        const out: TaxonomyIndexFile['refs'][number] = {
          s,
          form: r.form,
          surface: r.surface,
          isName: r.isName,
          caseSensitive: r.caseSensitive,
          ambiguous: r.ambiguous,
          generated: r.generated,
        };
        if (r.context) out.context = r.context;
        if (r.needsSupport) out.needsSupport = true;
        refs.push(out);
      }
      ids.push(i);
    }
    keys.push([key, ids]);
  }
  const stemKeys: TaxonomyIndexFile['stemKeys'] = [];
  for (const [key, list] of t.byStemKey) stemKeys.push([key, list.map((r) => refIndex.get(r) as number)]);
  return {
    about:
      'Generated by scripts/build-taxonomy.mjs from concepts.json, fields.json, generated-skills.json and relations.json (see build-taxonomy-index.ts); do not edit.',
    skills: t.skills,
    refs,
    keys,
    stemKeys,
    maxTokens: t.maxTokens,
    related: [...t.related].map(([from, list]) => [from, list.map((r) => [r.to, r.strength] as [string, number])]),
  };
}
