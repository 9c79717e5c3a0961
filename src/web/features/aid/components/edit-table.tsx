import { Button, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';

/** A table whose rows are edited in place and saved one by one: the last error above it, a save column at its end. */
export function EditTable(props: { error: unknown; minWidth: number; testId: string; headers: Array<{ label: ReactNode; right?: boolean }>; children: ReactNode }) {
  return (
    <>
      <ErrorAlert error={props.error} />
      <Table.ScrollContainer minWidth={props.minWidth}>
        <Table striped data-testid={props.testId}>
          <Table.Thead>
            <Table.Tr>
              {props.headers.map((h, k) => (
                <Table.Th key={k} ta={h.right ? 'right' : undefined}>
                  {h.label}
                </Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{props.children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** The last cell of an edited row: saves it, enabled once something changed. */
export function SaveCell({ changed, saving, onSave }: { changed: boolean; saving: boolean; onSave: () => void }) {
  const { t } = useTranslation('aid');
  return (
    <Table.Td>
      <Button size="compact-xs" disabled={!changed} loading={saving} onClick={onSave}>
        {t('edit.save')}
      </Button>
    </Table.Td>
  );
}
