/**
 * Finds Debian's Chromium for the real-browser tests: CHROMIUM_PATH, then /usr/bin/chromium;
 * installs Debian's package when running as root and none is there; otherwise fails with one
 * clear line. It never skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/chromium';

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

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function findOrInstallChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH=${fromEnv} does not exist: point it at a Chromium binary or unset it.`,
    );
  }
  if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  if (isRoot()) {
    console.log('e2e: Chromium not found; installing Debian package "chromium" (apt-get)…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  }
  throw new Error(
    'e2e: no Chromium found: run `sudo apt-get update && sudo apt-get install -y chromium` or set CHROMIUM_PATH.',
  );
}
