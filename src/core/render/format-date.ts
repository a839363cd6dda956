import type { PartialDate } from '../resume/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-02" → "Feb 2025", "2025" → "2025", "present" → "Present". */
export function formatPartialDate(d: PartialDate): string {
  if (d === 'present') return 'Present';
  const [year, month] = d.split('-');
  const m = month ? MONTHS[Number(month) - 1] : undefined;
  return m ? `${m} ${year}` : (year ?? d);
}

/** "Feb 2025 – Apr 2025"; an en dash with spaces, the usual resume style. One date alone is shown alone. */
export function formatDateRange(start?: PartialDate, end?: PartialDate): string {
  if (start && end)
    return start === end ? formatPartialDate(start) : `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (start) return formatPartialDate(start);
  if (end) return formatPartialDate(end);
  return '';
}
