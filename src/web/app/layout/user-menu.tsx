import { ActionIcon, Avatar, Badge, Button, Group, Menu, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { IconLogin, IconLogout, IconUsers } from '../../components/icons';
import { paths } from '../../config/modules';
import { useMe } from '../../lib/queries/get-me';
import { useLogout } from '../../features/auth/api/logout';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => [...part][0]?.toUpperCase() ?? '')
    .join('');

/** Log in when anonymous; otherwise the user's name and role, and log out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();

  if (me.isPending) return <Skeleton height={32} width={96} radius="xl" />;

  const user = me.data?.user;
  if (!user) {
    if (location.pathname === paths.login) return null;
    const to = `${paths.login}?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`;
    // On a phone the header has room for the icon only; its name stays for screen readers.
    return (
      <>
        <Button component={Link} to={to} variant="light" size="sm" leftSection={<IconLogin size={18} />} visibleFrom="xs">
          {t('auth.login')}
        </Button>
        <ActionIcon component={Link} to={to} variant="light" size="lg" aria-label={t('auth.login')} hiddenFrom="xs">
          <IconLogin size={20} />
        </ActionIcon>
      </>
    );
  }

  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('auth.userMenu', { name: user.displayName })} style={{ borderRadius: 'var(--mantine-radius-xl)' }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="concord" radius="xl" size={34}>
              {initials(user.displayName)}
            </Avatar>
            <Stack gap={0} visibleFrom="md" style={{ lineHeight: 1.2 }}>
              <Text size="sm" fw={600} lineClamp={1}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`roles.${user.role}`)}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={4} px="sm" py="xs">
          <Text size="sm" fw={600}>
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {user.email}
          </Text>
          <Badge variant="light" size="sm" w="fit-content">
            {t(`roles.${user.role}`)}
          </Badge>
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to={paths.profile} leftSection={<IconUsers size={16} />}>
          {t('auth.profile.title')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          disabled={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(paths.home) })}
        >
          {t('auth.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
