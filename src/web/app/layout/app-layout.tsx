import { AppShell, Box, Burger, Group, Loader, Text, UnstyledButton, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ConcordMark } from '../../components/icons';
import { paths } from '../../config/modules';
import { HealthStatus } from './health-status';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

function PageFallback() {
  const { t } = useTranslation();
  return (
    <Group justify="center" py={80}>
      <Loader size="sm" aria-label={t('common.loading')} />
    </Group>
  );
}

/** The shell around every page: header with brand, language and user; navigation that folds into a burger on phones. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`) ?? false;

  // A tap on a link in the phone menu goes to the page and folds the menu away.
  useEffect(() => close(), [pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: { base: 260, lg: 272 }, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg', lg: 'xl' }}
      styles={{ main: { background: 'var(--mantine-color-gray-0)' } }}
    >
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header px={{ base: 'sm', sm: 'md' }}>
        <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t(opened ? 'nav.close' : 'nav.open')} />
            <UnstyledButton component={Link} to={paths.home} aria-label={t('app.homeLink')}>
              <Group gap={10} wrap="nowrap">
                <ConcordMark size={30} />
                <Box>
                  <Text fw={700} size="lg" lh={1.1} c="concord.9">
                    {t('app.name')}
                  </Text>
                  <Text size="xs" c="dimmed" lh={1.1} visibleFrom="md">
                    {t('app.tagline')}
                  </Text>
                </Box>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      {/* Folded away on a phone, the navigation is also out of the tab order and hidden from screen readers. */}
      <AppShell.Navbar aria-label={t('nav.label')} inert={isPhone && !opened}>
        <MainNav />
        <Box px="md" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <HealthStatus />
        </Box>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Box maw={1280} mx="auto">
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
