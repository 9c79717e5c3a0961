import { Button, Card, Center, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { ConcordMark } from '../../../components/icons';
import { safeNextPath } from '../../../config/modules';
import { fieldErrors } from '../../../lib/api-client';
import { useMe } from '../../../lib/queries/get-me';
import { useLogin } from '../api/login';

const FIELDS = ['email', 'password'] as const;

/** Email and password; on success back to the page that sent the visitor here. */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('auth.loginTitle') }));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});

  if (me.data?.user && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const serverErrors = fieldErrors(login.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = {
      ...(email.trim() ? {} : { email: t('auth.emailRequired') }),
      ...(password ? {} : { password: t('auth.passwordRequired') }),
    };
    setMissing(empty);
    if (Object.keys(empty).length > 0) return;
    login.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };

  return (
    <Center py={{ base: 'md', sm: 64 }}>
      <Card w="100%" maw={420} p={{ base: 'lg', sm: 'xl' }} shadow="sm">
        <form onSubmit={submit} noValidate aria-labelledby="login-title">
          <Stack gap="md">
            <Stack gap={6} align="center" ta="center">
              <ConcordMark size={44} />
              <Title order={1} size="h3" id="login-title">
                {t('auth.loginTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('auth.loginIntro')}
              </Text>
            </Stack>
            {login.isError && <ErrorAlert error={login.error} shownFields={FIELDS} />}
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={missing.email ?? serverErrors.email}
              data-autofocus
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={missing.password ?? serverErrors.password}
              visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            />
            <Button type="submit" loading={login.isPending} fullWidth mt="xs">
              {t('auth.login')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
