/** `npm run quality`: the data-quality report on the command line (qualityCli.ts). */
import { join } from 'node:path';
import { runQuality } from './qualityCli';

process.exitCode = runQuality(
  process.argv.slice(2),
  join(import.meta.dirname, '..', 'data'),
  console,
);
