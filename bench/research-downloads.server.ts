import { buildApp } from '../src/server/app';
import { openDatabase } from '../src/server/db/database';
import { createServices } from '../src/server/services';
import { TEST_ENV } from '../src/server/test-support/test-app.test-support';

// The server of the download benchmark, alone in its process so that its RSS is its own: serves the SQLite
// file or PostgreSQL database given as the first argument on a free port, and prints the port. Downloads
// read through a cursor on snapshots of their own as served, or by keyset pages with `keyset` second.
const [target = '', reads = 'cursor'] = process.argv.slice(2);
const handle = openDatabase(target.startsWith('postgres') ? { databaseUrl: target } : { sqlitePath: target });
const snapshots = reads === 'keyset' ? undefined : handle.openSnapshotReads;
const services = createServices({ db: handle.db, dialect: handle.dialect, clock: () => new Date(), sessionTtlHours: 1, snapshots });
// The clients come from addresses of their own, as X-Forwarded-For from this trusted loopback proxy.
const app = await buildApp({ ...TEST_ENV, TRUST_PROXY: '127.0.0.1' }, services);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : ''}\n`);
// Closed on SIGTERM, so that its connections (and the PostgreSQL database the bench drops) are let go; it exits
// normally, so that a CPU profile asked for with --cpu-prof is written.
process.once('SIGTERM', () => void app.close().then(() => handle.destroy()).then(() => process.exit(0)));
