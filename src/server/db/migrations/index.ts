import type { Migration } from 'kysely';
import type { Dialect } from '../types';
import { foundation } from './001-foundation';

// One ordered list of migrations for both dialects; a migration that needs to know the dialect takes it.
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001-foundation': foundation(dialect),
  };
}
