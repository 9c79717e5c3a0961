import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiRequestError, fieldOfDetail } from '../lib/api-client';
import { errorText } from '../lib/error-text';
import { detailMessage } from '../lib/field-errors';
import { IconAlert } from './icons';

interface ErrorAlertProps {
  error: unknown;
  /** Fields whose details the form already shows next to the input; they are not repeated here. */
  shownFields?: readonly string[];
}

/** A failed request as a person can act on it: what went wrong, in their language (the server's own words only for an error it gives no key). */
export function ErrorAlert({ error, shownFields = [] }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;

  if (!isApiRequestError(error)) {
    return (
      <Alert color="red" variant="light" icon={<IconAlert />} title={t('errors.codes.internal')} role="alert">
        {t('errors.unexpected')}
      </Alert>
    );
  }

  const title = error.kind === 'network' ? t('errors.network') : t(`errors.codes.${error.code}`);
  const details = error.details.filter((d) => !shownFields.includes(fieldOfDetail(d.path)));
  // When the form shows every detail at its field, the server's English sentence adds nothing: point at the fields.
  // A schema refusal's sentence names the route's internals, so it is never shown.
  const allAtFields = error.details.length > 0 && details.length === 0;
  const schemaRefusal = error.code === 'validation_failed' && error.details.some((d) => d.code !== undefined);
  const message =
    error.kind === 'network'
      ? t('errors.networkHint')
      : error.kind === 'invalid_response'
        ? t('errors.invalidResponse')
        : allAtFields
          ? t('errors.fieldsBelow')
          : schemaRefusal
            ? null
            : errorText(error.error, t);

  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={title} role="alert">
      {message && <Text size="sm">{message}</Text>}
      {details.length > 0 && (
        <List size="sm" mt="xs" spacing={2}>
          {details.map((d) => (
            <List.Item key={`${d.path}:${d.message}`}>
              {d.path ? (
                <>
                  <Text span ff="monospace" size="xs">
                    {d.path.replace(/^body[./]/, '')}
                  </Text>
                  {': '}
                </>
              ) : null}
              {detailMessage(d, t)}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
