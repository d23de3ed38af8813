import { Alert, Button, Card, Code, FileInput, Group, List, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { primaryRole, useMe } from '@/features/me/api/get-me';
import { ApiError } from '@/shared/api/client';
import { downloadCsv } from '@/shared/ui/csv';
import { DataTable } from '@/shared/ui/DataTable';
import { PageHeader } from '@/shared/ui/PageHeader';
import { useImport, type ImportKind, type ImportReport } from '../api/imports';

/** The columns of each import (as the contract's PlaceImportRow and StudentImportRow), required ones first. */
const COLUMNS: Record<ImportKind, { required: string[]; optional: string[]; example: string[] }> = {
  places: {
    required: ['employerKvk', 'reference', 'title'],
    optional: ['employerName', 'employerCity', 'programmeId', 'sector', 'levelMin', 'levelMax', 'places', 'startDate',
      'hoursPerWeek', 'city', 'status'],
    example: ['12345678', 'VAC-001', 'Medewerker verkoop', 'Bakkerij De Molen', 'Zaandam', '', 'retail', '1', '2', '1',
      '1-9-2027', '32', '', 'OPEN'],
  },
  students: {
    required: ['schoolId', 'schoolNumber', 'firstName', 'lastName', 'dateOfBirth'],
    optional: ['email', 'phone', 'programmeId', 'educationLevel', 'consentDate', 'guardianConsent'],
    example: ['', '123456', 'Aïcha', 'El Idrissi', '1-5-2008', '', '', '', '', '1-11-2026', 'nee'],
  },
};
/** Enough to fix a file by; the rest are counted. */
const SHOWN_ERRORS = 200;

function Report({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const counts = [
    ['created', report.created], ['updated', report.updated], ['unchanged', report.unchanged], ['failed', report.failed],
  ] as const;
  return (
    <Stack gap="sm" data-testid="import-report">
      <Alert color={report.failed > 0 ? 'orange' : 'green'} variant="light" role="status">
        <Text fw={600}>{report.dryRun ? t('imports.checked', { rows: report.rows }) : t('imports.done', { rows: report.rows })}</Text>
        <Group gap="lg" mt={4}>
          {counts.map(([key, n]) => (
            <Text key={key} size="sm">{t(`imports.counts.${key}`, { count: n })}</Text>
          ))}
        </Group>
        {report.dryRun && report.failed > 0 && <Text size="sm" mt={4}>{t('imports.brokenRowsSkipped')}</Text>}
      </Alert>
      {report.errors.length > 0 && (
        <>
          <DataTable compact caption={t('imports.errorsCaption')} columns={[{ label: t('imports.row') },
            { label: t('imports.column') }, { label: t('imports.message') }]}>
            {report.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <Table.Tr key={`${e.row}-${e.field}-${i}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td><Code>{e.field}</Code></Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {i18n.exists(`errors.code.${e.code}`) ? (
                    <>
                      {t(`errors.code.${e.code}` as 'errors.code.Format')}
                      {/* The server's own words add the specifics (a range, the earlier row). */}
                      <Text size="xs" c="dimmed">{e.message}</Text>
                    </>
                  ) : e.message}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          {report.errors.length > SHOWN_ERRORS && (
            <Text size="sm">{t('imports.moreErrors', { count: report.errors.length - SHOWN_ERRORS })}</Text>
          )}
        </>
      )}
    </Stack>
  );
}

/** The file as a whole could not be read: what the server named, per column or for the file. */
function FileProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <Alert color="red" role="alert" title={t('imports.unreadable')}>
      {problem?.errors?.length ? (
        <List size="sm">{problem.errors.map((e) => <List.Item key={`${e.field}-${e.message}`}>{e.message}</List.Item>)}</List>
      ) : (error as Error).message}
    </Alert>
  );
}

/**
 * Imports a spreadsheet or a system's export: check first (a dry run that writes nothing and lists every broken row),
 * then import. The same file again updates what it matched instead of adding it twice.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const lead = me.data ? primaryRole(me.data.roles) === 'lead' : false;
  const [kind, setKind] = useState<ImportKind>('places');
  const [file, setFile] = useState<File | null>(null);
  const check = useImport(kind);
  const run = useImport(kind);
  const checked = check.data && check.variables?.file === file ? check.data : undefined;
  const imported = run.data && run.variables?.file === file ? run.data : undefined;
  const columns = COLUMNS[kind];

  const choose = (next: File | null) => {
    setFile(next);
    check.reset();
    run.reset();
  };

  return (
    <Stack maw={900}>
      <PageHeader title={t('imports.title')} />
      <Text>{t('imports.intro')}</Text>
      {lead && (
        <SegmentedControl value={kind} onChange={(v) => { setKind(v as ImportKind); choose(null); }}
          data={[{ value: 'places', label: t('imports.kinds.places') }, { value: 'students', label: t('imports.kinds.students') }]} />
      )}
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600}>{t('imports.columnsTitle')}</Text>
          <Text size="sm">{t(`imports.columnsHelp.${kind}`)}</Text>
          <Text size="sm">{t('imports.required')}: <Code>{columns.required.join(';')}</Code></Text>
          <Text size="sm">{t('imports.optional')}: <Code style={{ overflowWrap: 'anywhere' }}>{columns.optional.join(';')}</Code></Text>
          <Group>
            <Button size="compact-sm" variant="default"
              onClick={() => downloadCsv(`voorbeeld-${kind}`, [[...columns.required, ...columns.optional], columns.example])}>
              {t('imports.template')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <FileInput label={t('imports.file')} description={t('imports.fileHint')} accept=".csv,.json,text/csv,application/json"
        clearable clearButtonProps={{ 'aria-label': t('imports.clearFile') }} value={file} onChange={choose} />
      <Group>
        <Button disabled={!file} loading={check.isPending} onClick={() => file && check.mutate({ file, dryRun: true })}>
          {t('imports.check')}
        </Button>
        <Button disabled={!checked || checked.created + checked.updated === 0 || !!imported} loading={run.isPending}
          onClick={() => file && run.mutate({ file, dryRun: false })}>
          {checked ? t('imports.importRows', { count: checked.created + checked.updated + checked.unchanged }) : t('imports.import')}
        </Button>
      </Group>
      {check.isError && <FileProblem error={check.error} />}
      {run.isError && <FileProblem error={run.error} />}
      {imported ? <Report report={imported} /> : checked && <Report report={checked} />}
    </Stack>
  );
}
