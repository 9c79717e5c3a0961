import type { Command } from 'commander';
import { register as analyse } from './analyse';
import { register as backup } from './backup';
import { register as consular } from './consular';
import { register as importSeries } from './import';
import { register as plan } from './plan';
import { register as serve } from './serve';
import { register as user } from './user';
import { register as worker } from './worker';

// One line per command module; each exports `register(program)`.
export const commands: Array<(program: Command) => void> = [serve, user, plan, analyse, importSeries, backup, worker, consular];
