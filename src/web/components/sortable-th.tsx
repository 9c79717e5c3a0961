import { Group, Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconChevronDown, IconChevronUp, IconSelector } from './icons';

interface SortableThProps {
  children: ReactNode;
  sorted: false | 'asc' | 'desc';
  onSort: () => void;
  align?: 'left' | 'right';
}

/** A column header that sorts the table; its state is announced through aria-sort. */
export function SortableTh({ children, sorted, onSort, align = 'left' }: SortableThProps) {
  const Icon = sorted === 'asc' ? IconChevronUp : sorted === 'desc' ? IconChevronDown : IconSelector;
  return (
    <Table.Th aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'} ta={align}>
      <UnstyledButton onClick={onSort} fw={600} fz="sm" w="100%">
        <Group gap={4} justify={align === 'right' ? 'flex-end' : 'flex-start'} wrap="nowrap">
          {children}
          <Icon size={14} style={{ opacity: sorted ? 1 : 0.45, flexShrink: 0 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
