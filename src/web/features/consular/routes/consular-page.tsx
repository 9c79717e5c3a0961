import { ModuleOverview } from '../../../components/module-overview';

// The consular module's front page. Its real tools replace this overview in the issues that build them.
export function ConsularPage() {
  return <ModuleOverview id="consular" />;
}
