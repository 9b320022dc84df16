/**
 * Finds Debian's Chromium for the real-browser tests: CHROMIUM_PATH, then /usr/bin/chromium;
 * installs Debian's package when running as root and none is there; otherwise fails with one
 * clear line (debianTool.ts). It never skips.
 */
import { findOrInstall } from './debianTool';

/** Flags for headless Chromium on this closed, GPU-less machine (shared by e2e tests and bench). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findOrInstallChromium(): string {
  return findOrInstall({
    name: 'Chromium',
    env: 'CHROMIUM_PATH',
    path: '/usr/bin/chromium',
    pkg: 'chromium',
  });
}
