import { z } from 'zod';

// The Content-Security-Policy allows no eval (src/server/http/security-headers.ts). Zod 4 compiles object
// parsers with `new Function` when it may, and finds out whether it may by trying, which the browser reports
// as a violation: parse without compiling. Imported first by main.tsx, before any schema is built (zod reads
// the setting when a schema is created).
z.config({ jitless: true });
