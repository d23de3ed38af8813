import { Card, Text } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { useParams } from 'wouter';
import { ContactsPanel } from '@/features/casework/components/ContactsPanel';
import { EmployerDetailPage } from '@/features/employers/components/EmployerDetailPage';
import { EmployerHistory } from '@/features/placements/components/EmployerHistory';

/** An employer of the network with its history, composed from the features that hold it. */
export function EmployerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EmployerDetailPage
      history={
        <>
          <Card withBorder p={0} style={{ border: 0 }}>
            <Text fw={600} component="h2" size="lg" m={0}>{t('employers.history.title')}</Text>
          </Card>
          <ContactsPanel employerId={id} />
          <EmployerHistory employerId={id} />
        </>
      }
    />
  );
}
