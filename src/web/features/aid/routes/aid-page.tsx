import { ModuleOverview } from '../../../components/module-overview';

// The aid module's front page. Its real tools replace this overview in the issues that build them.
export function AidPage() {
  return <ModuleOverview id="aid" />;
}
