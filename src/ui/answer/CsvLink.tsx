/**
 * A link that downloads some CSV text. Its href is a data: URL (so it can be copied), swapped for
 * a Blob URL at the moment of the click (large tables stay cheap); the last Blob URL is revoked on
 * the next click and when the link goes away.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface CsvLinkProps {
  text: string;
  filename: string;
  children: ReactNode;
}

export function CsvLink({ text, filename, children }: CsvLinkProps) {
  const blobUrl = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (blobUrl.current) URL.revokeObjectURL(blobUrl.current);
    },
    [],
  );
  return (
    <a
      href={`data:text/csv;charset=utf-8,${encodeURIComponent(text)}`}
      download={filename}
      onClick={(event) => {
        if (typeof URL.createObjectURL !== 'function') return;
        if (blobUrl.current) URL.revokeObjectURL(blobUrl.current);
        blobUrl.current = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
        event.currentTarget.href = blobUrl.current;
      }}
    >
      {children}
    </a>
  );
}
