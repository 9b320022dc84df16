// Entry point: mounts the explorer.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
// The one font of the UI, the graph's labels and the pictures, shipped with the app.
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/atkinson-hyperlegible/latin-400-italic.css';
import './ui/styles/base.css';
import './ui/styles/access.css';
import { IS_SINGLE_FILE, rememberPage } from './ui/export/briefingFile';

// The single-file briefing keeps its own HTML before React draws into it, to write it out again.
if (IS_SINGLE_FILE) rememberPage();

const root = document.getElementById('root');
if (!root) throw new Error('main: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
