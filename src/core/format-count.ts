/**
 * A whole number with thousands separators, as `toLocaleString('en-US')` writes it (3000000 -> "3,000,000"), but
 * without ICU's number formatting: its first use costs tens of milliseconds, and the schemas write their limits
 * into their messages as they load, so every `tailor` command paid it before doing anything.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
