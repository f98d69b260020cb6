/**
 * Imported first by main.tsx, before any schema is built. The CSP forbids eval, and unless `jitless` is set zod
 * probes for it (by compiling a function from a string) as object schemas are built: the refused probe is
 * reported as a policy violation on every load. Under the policy zod could never compile its parsers anyway, so nothing is lost.
 */
import { z } from 'zod';

z.config({ jitless: true });
