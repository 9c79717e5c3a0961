import { aidFeature } from '../features/aid/aid.feature';
import { auditFeature } from '../features/audit/audit.feature';
import { authFeature } from '../features/auth/auth.feature';
import { consularFeature } from '../features/consular/consular.feature';
import { countriesFeature } from '../features/countries/countries.feature';
import { homeFeature } from '../features/home/home.feature';
import { knowledgeFeature } from '../features/knowledge/knowledge.feature';
import { researchFeature } from '../features/research/research.feature';
import { situationFeature } from '../features/situation/situation.feature';
import { usersFeature } from '../features/users/users.feature';

// Every web feature, once; the router, the navigation and the translations are built from this list.
// The modules come in the order of the chain they close (docs/design.md), which is the order of the navigation.
export const features = [
  homeFeature,
  situationFeature,
  aidFeature,
  knowledgeFeature,
  researchFeature,
  consularFeature,
  countriesFeature,
  authFeature,
  usersFeature,
  auditFeature,
] as const;
