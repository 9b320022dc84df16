/** Renders text with the given character ranges wrapped in <mark>. */
import type { MarkedText } from '../../search/searchIndex';

export function Marked({ text, ranges }: MarkedText) {
  if (!ranges.length) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={s}>{text.slice(s, e + 1)}</mark>);
    at = e + 1;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
