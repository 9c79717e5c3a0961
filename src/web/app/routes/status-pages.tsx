import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { paths } from '../../config/modules';

function StatusPage({ code, title, body }: { code: string; title: string; body: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: title }));
  return (
    <Center py={{ base: 48, sm: 96 }}>
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Text fz={56} fw={800} c="concord.2" lh={1} aria-hidden="true">
          {code}
        </Text>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{body}</Text>
        <Button component={Link} to={paths.home} variant="light" mt="sm">
          {t('status.backHome')}
        </Button>
      </Stack>
    </Center>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage code="404" title={t('status.notFoundTitle')} body={t('status.notFoundBody')} />;
}

export function NotAllowedPage() {
  const { t } = useTranslation();
  return <StatusPage code="403" title={t('status.notAllowedTitle')} body={t('status.notAllowedBody')} />;
}

/** What a page that threw shows instead of a blank screen. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (error) console.warn(error);
  return <StatusPage code="!" title={t('status.errorTitle')} body={t('status.errorBody')} />;
}
