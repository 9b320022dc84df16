/**
 * Finds a program the real-browser tests need, from Debian's packages: an environment variable
 * naming it, then its Debian path; installs the Debian package (apt-get, no recommends) when
 * running as root and it is not there; otherwise fails with one clear line. It never skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface DebianTool {
  /** What the program is, for messages ("Chromium", "LibreOffice"). */
  name: string;
  /** The environment variable that may point at the program (CHROMIUM_PATH). */
  env: string;
  /** Where Debian's package puts it (/usr/bin/chromium). */
  path: string;
  /** The Debian package that brings it. */
  pkg: string;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The program's path; installs its package first when root and it is missing. */
export function findOrInstall(tool: DebianTool): string {
  const fromEnv = process.env[tool.env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `${tool.env}=${fromEnv} does not exist: point it at the ${tool.name} binary or unset it.`,
    );
  }
  if (existsSync(tool.path)) return tool.path;
  if (isRoot()) {
    console.log(`e2e: ${tool.name} not found; installing Debian package "${tool.pkg}" (apt-get)…`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', tool.pkg], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(tool.path)) return tool.path;
  }
  throw new Error(
    `e2e: no ${tool.name} found: run \`sudo apt-get update && sudo apt-get install -y --no-install-recommends ${tool.pkg}\` or set ${tool.env}.`,
  );
}
