import type { Migration } from 'kysely';
import type { Dialect } from '../types';
import { foundation } from './001-foundation';
import { situation } from './002-situation';
import { aid } from './003-aid';
import { research } from './004-research';
import { aidPledges } from './005-aid-pledges';
import { researchIndelLabels } from './006-research-indel-labels';
import { researchAccessBounds } from './007-research-access-bounds';
import { auditCorrelationId } from './008-audit-correlation-id';

// One ordered list of migrations for both dialects; a migration that needs to know the dialect takes it.
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001-foundation': foundation(dialect),
    '002-situation': situation(dialect),
    '003-aid': aid(dialect),
    '004-research': research(dialect),
    '005-aid-pledges': aidPledges(dialect),
    '006-research-indel-labels': researchIndelLabels(),
    '007-research-access-bounds': researchAccessBounds(),
    '008-audit-correlation-id': auditCorrelationId(),
  };
}
