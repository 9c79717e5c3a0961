import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { researchPaths } from '../routes/paths';

const TABS = [
  ['search', researchPaths.search],
  ['submit', researchPaths.submit],
  ['mine', researchPaths.submissions],
  ['analyse', researchPaths.analyse],
  ['trends', researchPaths.trends],
  ['results', researchPaths.results],
  ['vaccines', researchPaths.vaccines],
  ['stats', researchPaths.stats],
] as const;

/** The research module's tools, one tab each. */
export function ResearchNav() {
  const { t } = useTranslation('research');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = TABS.find(([, path]) => path !== researchPaths.search && pathname.startsWith(path))?.[1] ?? researchPaths.search;
  return (
    <Tabs value={active} onChange={(value) => value && void navigate(value)} mb="lg">
      <Tabs.List>
        {TABS.map(([key, path]) => (
          <Tabs.Tab key={key} value={path}>
            {t(`nav.${key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
