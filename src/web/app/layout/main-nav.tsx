import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { IconHome } from '../../components/icons';
import { paths } from '../../config/modules';
import type { NavEntry, NavSection } from '../feature';
import { features } from '../features';
import { useMe } from '../../lib/queries/get-me';

function Item({ to, label, icon, exact = false }: { to: string; label: string; icon: ReactNode; exact?: boolean }) {
  const { pathname } = useLocation();
  const active = exact ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={2} mt="md">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4} style={{ letterSpacing: '0.04em' }}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

const SECTIONS: { section: NavSection; title: 'nav.modules' | 'nav.reference' | 'nav.admin' }[] = [
  { section: 'modules', title: 'nav.modules' },
  { section: 'reference', title: 'nav.reference' },
  { section: 'admin', title: 'nav.admin' },
];

/** The navigation: home, then each section's entries as the features declare them, in the order of app/features.ts. */
export function MainNav() {
  const { t } = useTranslation();
  const me = useMe();
  const role = me.data?.user?.role;
  const visible = features.flatMap((feature): NavEntry[] => ('nav' in feature ? [...feature.nav] : [])).filter((entry) => !entry.roles || (role !== undefined && entry.roles.includes(role)));

  return (
    <ScrollArea type="auto" style={{ flex: 1 }} px="sm" py="sm">
      <Item to={paths.home} exact label={t('nav.home')} icon={<IconHome size={18} />} />
      {SECTIONS.map(({ section, title }) => {
        const entries = visible.filter((entry) => entry.section === section);
        if (entries.length === 0) return null;
        return (
          <Section key={section} title={t(title)}>
            {entries.map(({ to, label, icon: Icon }) => (
              <Item key={to} to={to} label={t(label as never)} icon={<Icon size={18} />} />
            ))}
          </Section>
        );
      })}
    </ScrollArea>
  );
}
