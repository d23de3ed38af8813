import { Tabs } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { useSearchParams } from 'wouter';
import { DevelopmentReport } from '@/features/surveys/components/DevelopmentReportPage';
import { PageHeader } from '@/shared/ui/PageHeader';
import { ProgrammeReport } from '@/features/reports/components/ProgrammeReportPage';

/** Reports for leads (the organisation) and brokers (their own students): the programme's figures and development. */
export function ReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'development' ? 'development' : 'programme';
  return (
    <>
      <PageHeader title={t('report.title')} />
      <Tabs value={tab} onChange={(v) => setParams(v === 'development' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md" className="no-print">
          <Tabs.Tab value="programme">{t('report.programmeTab')}</Tabs.Tab>
          <Tabs.Tab value="development">{t('report.developmentTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="programme"><ProgrammeReport /></Tabs.Panel>
        <Tabs.Panel value="development"><DevelopmentReport /></Tabs.Panel>
      </Tabs>
    </>
  );
}
