/**
 * The name of a duplicate: "Nurse (copy)", then "Nurse (copy 2)", "Nurse (copy 3)"… skipping names already taken.
 * A copy of a copy counts on from its base ("Nurse (copy)" copied is "Nurse (copy 2)"), as file managers do.
 */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/\s*\(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${base}${base ? ' ' : ''}(copy${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(candidate)) return candidate;
  }
}
