/** Words for a node's dates: "13 November 2014", "2015 – 2017", "Since 2006". */
import type { NodeAttributes } from './schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** One ISO date at year, month or day precision, in words. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? iso;
}

/** The node's date, or its start–end span; null when it has none. */
export function formatNodeDates(a: Pick<NodeAttributes, 'date' | 'start' | 'end'>): string | null {
  if (a.date) return formatIsoDate(a.date);
  if (a.start && a.end) return `${formatIsoDate(a.start)} – ${formatIsoDate(a.end)}`;
  if (a.start) return `Since ${formatIsoDate(a.start)}`;
  if (a.end) return `Until ${formatIsoDate(a.end)}`;
  return null;
}
