import { createInterface } from 'node:readline';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildApp } from '../src/server/app';
import { systemActor } from '../src/server/auth/actor';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { createServices } from '../src/server/services';
import { TEST_ENV } from '../src/server/test-support/test-app.test-support';

// The server of the import benchmark, alone in its process (its event loop is the one measured): migrates the
// SQLite file given as the first argument, adds an administrator (email and password: the 2nd and 3rd arguments),
// serves it on a free port and prints the port. Its event-loop delay is measured from the line `reset` on stdin
// to the line `report`, which prints the delay's max and p99 in ms as a JSON line.
const [file = '', email = '', password = ''] = process.argv.slice(2);
const clock = () => new Date();
const handle = openDatabase({ sqlitePath: file });
await migrateToLatest(handle.db, handle.dialect);
await seedCountries(handle.db, clock);
const services = createServices({ db: handle.db, dialect: handle.dialect, clock, sessionTtlHours: 1 });
await services.users.create(systemActor('bench'), { email, displayName: 'admin', role: 'admin', password, partnerId: null, postId: null });
const app = await buildApp({ ...TEST_ENV, LOGIN_RATE_LIMIT_PER_MINUTE: 1000 }, services);
await app.listen({ host: '127.0.0.1', port: 0 });
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'reset') loop.reset();
  if (line === 'report') process.stdout.write(`${JSON.stringify({ loopMaxMs: Math.round(loop.max / 1e6), loopP99Ms: Math.round(loop.percentile(99) / 1e6) })}\n`);
});
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : ''}\n`);
