// The benchmark's baseline: an empty Vite + React page that marks itself ready once rendered.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('baseline: #root element missing');
createRoot(root).render(
  <StrictMode>
    <p data-bench-ready="true">Empty page</p>
  </StrictMode>,
);
