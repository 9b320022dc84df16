/**
 * Global setup of the real-browser tests: finds Chromium and serves the built app on a free
 * localhost port; hands both to the tests through Vitest's `provide`.
 */
import type { TestProject } from 'vitest/node';
import { findOrInstallChromium } from './chromium';
import { startPreview, type PreviewServer } from './previewServer';

let server: PreviewServer | null = null;

export default async function setup(project: TestProject) {
  const chromium = findOrInstallChromium();
  server = await startPreview();
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromium);
  return async () => {
    await server?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}
