/**
 * zod as every schema of the app uses it: in jitless mode. Otherwise zod probes whether it may
 * compile validators with `new Function`, which the page's content security policy (no
 * 'unsafe-eval') refuses and reports each time a schema module loads. Import `z` from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
