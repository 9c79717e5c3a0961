import { ModuleOverview } from '../../../components/module-overview';

// The situation module's front page. Its real tools replace this overview in the issues that build them.
export function SituationPage() {
  return <ModuleOverview id="situation" />;
}
