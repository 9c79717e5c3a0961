import { ModuleOverview } from '../../../components/module-overview';

// The research module's front page. Its real tools replace this overview in the issues that build them.
export function ResearchPage() {
  return <ModuleOverview id="research" />;
}
