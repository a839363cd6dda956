/**
 * Bundles the per-profession taxonomy files (src/core/skills/data/fields/*.json, curated by hand) into
 * src/core/skills/data/fields.json, which the core imports. On the way it adds US/UK spelling variants of
 * every name and alias, and refuses data a recruiter would find wrong: a written form that names two skills,
 * an id defined twice, a relation or contextual entry naming a skill nobody defines.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FieldFile } from '../src/core/skills/schema.ts';
import { skillId } from '../src/core/slug.ts';

const SPELLING_PACKAGE = 'american-british-english-translator';

// Pairs the package maps to a different word or a wrong spelling: "draft" is not "draught" on a resume,
// UK "practice" is the noun, "licensed" is UK usage too, "edoema" is a typo for "oedema", "analyses" and
// "gases" are plurals, not verbs, and a micrometer on a bench is not a micrometre.
const SKIP = new Set([
  'draft',
  'drafts',
  'meter',
  'meters',
  'practice',
  'practise',
  'licensed',
  'licensing',
  'ton',
  'tons',
  'edema',
  'edoema',
  'disk',
  'disc',
  'analyses',
  'gases',
  'connection',
  'connections',
  'practices',
  'micrometer',
  'micrometers',
]);
// Clinical and engineering spellings the package lacks (US -> UK), written for this project.
const EXTRA_US_UK = {
  edema: 'oedema',
  hemodialysis: 'haemodialysis',
  esophageal: 'oesophageal',
  anesthesiology: 'anaesthesiology',
  anesthetist: 'anaesthetist',
  hemodynamic: 'haemodynamic',
  hemodynamics: 'haemodynamics',
  hemorrhage: 'haemorrhage',
  orthopedics: 'orthopaedics',
  enrollment: 'enrolment',
  modeling: 'modelling',
};

/** The sha256 of the field files (names and bytes, in name order): the bundle records it to show it is fresh. */
export function fieldsDigest(dir) {
  const hash = createHash('sha256');
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    hash.update(f);
    hash.update(readFileSync(path.join(dir, f)));
  }
  return hash.digest('hex');
}

function spellingMaps(root) {
  const data = path.join(root, 'node_modules', SPELLING_PACKAGE, 'data');
  const usToUk = JSON.parse(readFileSync(path.join(data, 'american_spellings.json'), 'utf8'));
  const ukToUs = JSON.parse(readFileSync(path.join(data, 'british_spellings.json'), 'utf8'));
  const ignore = new Set(JSON.parse(readFileSync(path.join(data, 'ignore_list.json'), 'utf8')));
  const clean = (map) =>
    new Map(Object.entries(map).filter(([a, b]) => !SKIP.has(a) && !SKIP.has(b) && !ignore.has(a)));
  const toUk = clean({ ...usToUk, ...EXTRA_US_UK });
  const toUs = clean({ ...ukToUs, ...Object.fromEntries(Object.entries(EXTRA_US_UK).map(([a, b]) => [b, a])) });
  return { toUk, toUs };
}

const swapWords = (form, map) =>
  form.replace(/[A-Za-z]+/g, (w) => {
    const to = map.get(w.toLowerCase());
    if (!to) return w;
    if (w === w.toUpperCase() && w.length > 1) return w;
    return w[0] === w[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
  });

/** A form's key for collision checks: what the tokenizer would see, near enough (case and punctuation folded). */
const formKey = (form) =>
  form
    .toLowerCase()
    .replace(/[^a-z0-9+#&/]+/g, ' ')
    .trim();

const entryOf = (raw, kind) =>
  Array.isArray(raw)
    ? { name: raw[0], kind, aliases: raw.slice(1) }
    : { ...raw, kind: raw.kind ?? kind, aliases: [...raw.aliases] };

/**
 * @param root the repository root
 * @param concepts the parsed concepts.json (software skills), whose ids and forms the fields must not repeat
 * @param generatedNames canonical names of generated skills (a relation may point at one)
 */
export function bundleFields(root, concepts, generatedNames) {
  const dir = path.join(root, 'src/core/skills/data/fields');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const { toUk, toUs } = spellingMaps(root);
  const problems = [];

  // Who owns each id and each plain (non-contextual) form, across concepts.json and every field file.
  const idOwner = new Map();
  const formOwner = new Map();
  const claimForm = (form, id, where) => {
    const key = formKey(form);
    const prev = formOwner.get(key);
    if (prev && prev.id !== id) problems.push(`"${form}" (${where}) is also a form of ${prev.id} (${prev.where})`);
    else if (!prev) formOwner.set(key, { id, where });
  };
  for (const [kind, list] of Object.entries(concepts.skills))
    for (const raw of list) {
      const e = entryOf(raw, kind);
      const id = skillId(e.name);
      idOwner.set(id, 'concepts.json');
      for (const f of [e.name, ...e.aliases]) claimForm(f, id, 'concepts.json');
    }
  for (const c of concepts.contextual) if (!idOwner.has(skillId(c.name))) idOwner.set(skillId(c.name), 'concepts.json');

  const parsed = files.map((file) => {
    const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const result = FieldFile.safeParse(json);
    if (!result.success) throw new Error(`${file}: ${result.error.message}`);
    if (`${result.data.field}.json` !== file) problems.push(`${file}: field is "${result.data.field}"`);
    return { file, data: result.data };
  });

  const bundle = { skills: {}, contextual: [], broad: [], relations: [] };
  const fieldsInfo = [];
  let variants = 0;
  for (const { file, data } of parsed) {
    let count = 0;
    for (const [kind, list] of Object.entries(data.skills)) {
      const out = (bundle.skills[kind] ??= []);
      for (const raw of list) {
        const e = entryOf(raw, kind);
        const id = skillId(e.name);
        if (idOwner.has(id)) problems.push(`${e.name} (${file}) is already defined in ${idOwner.get(id)}`);
        idOwner.set(id, file);
        for (const f of [e.name, ...e.aliases]) claimForm(f, id, file);
        count++;
        const entry = Array.isArray(raw) ? [...raw] : { ...raw, aliases: [...raw.aliases] };
        const aliases = Array.isArray(entry) ? entry : entry.aliases;
        const seen = new Set([e.name, ...e.aliases].map(formKey));
        for (const form of [e.name, ...e.aliases])
          for (const v of [swapWords(form, toUk), swapWords(form, toUs)]) {
            const key = formKey(v);
            if (seen.has(key)) continue;
            const owner = formOwner.get(key);
            if (owner && owner.id !== id) continue;
            seen.add(key);
            formOwner.set(key, { id, where: `${file} (spelling)` });
            aliases.push(v);
            variants++;
          }
        out.push(entry);
      }
    }
    bundle.contextual.push(...data.contextual);
    bundle.broad.push(...data.broad);
    bundle.relations.push(...data.relations);
    fieldsInfo.push({ field: data.field, license: data.license, skills: count, relations: data.relations.length });
  }

  // Names a relation, a contextual entry or a broad mark may use: every curated or generated canonical name.
  const known = new Set([...idOwner.keys()]);
  const generated = new Set(generatedNames.map(skillId));
  for (const { file, data } of parsed) {
    for (const [from, to] of data.relations)
      for (const n of [from, to])
        if (!known.has(skillId(n)) && !generated.has(skillId(n)))
          problems.push(`${file}: relation names unknown "${n}"`);
    for (const n of data.broad) if (!known.has(skillId(n))) problems.push(`${file}: broad names unknown "${n}"`);
    for (const c of data.contextual)
      if (!known.has(skillId(c.name)) && !c.ambiguous)
        problems.push(`${file}: contextual "${c.name}" is new but not ambiguous`);
  }
  if (problems.length) throw new Error(`taxonomy fields:\n  ${problems.join('\n  ')}`);

  const version = JSON.parse(
    readFileSync(path.join(root, 'node_modules', SPELLING_PACKAGE, 'package.json'), 'utf8'),
  ).version;
  return {
    about:
      'Generated by scripts/build-taxonomy.mjs from data/fields/*.json (curated by hand, one file per profession); do not edit by hand.',
    inputsDigest: fieldsDigest(dir),
    sources: [
      {
        package: SPELLING_PACKAGE,
        version,
        license: 'MIT',
        note: `US/UK spelling variants added as aliases (${variants} forms, e.g. modeling/modelling, aluminum/aluminium)`,
      },
    ],
    fields: fieldsInfo,
    ...bundle,
  };
}
