import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { IconGlobe, IconHome, IconList, IconUsers } from '../../components/icons';
import { moduleIcons } from '../../components/module-icon';
import { MODULE_IDS, paths } from '../../config/modules';
import { useMe } from '../../features/auth/api/get-me';

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

/** The navigation: home, the five modules in the order of the chain, reference data, and administration for admins. */
export function MainNav() {
  const { t } = useTranslation();
  const me = useMe();
  const isAdmin = me.data?.user?.role === 'admin';

  return (
    <ScrollArea type="auto" style={{ flex: 1 }} px="sm" py="sm">
      <Item to={paths.home} exact label={t('nav.home')} icon={<IconHome size={18} />} />
      <Section title={t('nav.modules')}>
        {MODULE_IDS.map((id) => {
          const Icon = moduleIcons[id];
          return <Item key={id} to={paths.module(id)} label={t(`modules.${id}.title`)} icon={<Icon size={18} />} />;
        })}
      </Section>
      <Section title={t('nav.reference')}>
        <Item to={paths.countries} label={t('nav.countries')} icon={<IconGlobe size={18} />} />
      </Section>
      {isAdmin && (
        <Section title={t('nav.admin')}>
          <Item to={paths.adminUsers} label={t('nav.users')} icon={<IconUsers size={18} />} />
          <Item to={paths.adminAudit} label={t('nav.audit')} icon={<IconList size={18} />} />
        </Section>
      )}
    </ScrollArea>
  );
}
