/**
 * Global setup of the real-browser tests: finds Chromium, Firefox ESR (the single file is also
 * walked in it), and LibreOffice with Poppler for the slide deck (installing Debian's packages
 * when root), and serves the built app on a free
 * localhost port; hands them to the tests through Vitest's `provide`.
 */
import type { TestProject } from 'vitest/node';
import { findOrInstallChromium } from './chromium';
import { findOrInstallFirefox } from './firefox';
import { findOrInstallOfficeTools, type OfficeTools } from './officeTools';
import { startPreview, type PreviewServer } from './previewServer';

let server: PreviewServer | null = null;

export default async function setup(project: TestProject) {
  const chromium = findOrInstallChromium();
  const firefox = findOrInstallFirefox();
  const office = findOrInstallOfficeTools();
  server = await startPreview();
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromium);
  project.provide('firefoxPath', firefox);
  project.provide('officeTools', office);
  return async () => {
    await server?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    firefoxPath: string;
    officeTools: OfficeTools;
  }
}
