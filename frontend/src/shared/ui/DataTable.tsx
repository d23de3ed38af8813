import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export type Column = { label: string; visibleFrom?: 'sm' | 'md' };

/**
 * A table that scrolls sideways on a phone, with column headers for screen readers and, for the main lists,
 * a caption. Columns marked `visibleFrom` hide on small screens; their cells must say the same.
 */
export function DataTable({ columns, caption, compact, children }: {
  columns: Column[];
  caption?: string;
  compact?: boolean;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={compact ? 320 : 360}>
      <Table {...(compact ? {} : { striped: true, highlightOnHover: true, verticalSpacing: 'sm' })}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => <Table.Th key={c.label} scope="col" visibleFrom={c.visibleFrom}>{c.label}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
