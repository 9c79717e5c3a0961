import { ModuleOverview } from '../../../components/module-overview';

// The knowledge module's front page. Its real tools replace this overview in the issues that build them.
export function KnowledgePage() {
  return <ModuleOverview id="knowledge" />;
}
