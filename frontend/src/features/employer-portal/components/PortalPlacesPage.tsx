import { Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import type { Schemas } from '@/shared/api/client';
import { PlaceForm } from '@/shared/forms/PlaceForm';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate } from '@/shared/ui/format';
import { usePortalPlaces, useSavePlace } from '../api/company';

type Place = Schemas['PlaceView'];
/** The company's own internship places: added here, brokers see them at once (source: employer portal). */
export function PortalPlacesPage() {
  const { t, i18n } = useTranslation();
  const places = usePortalPlaces();
  const save = useSavePlace();
  const [editing, setEditing] = useState<Place | 'new' | null>(null);
  if (places.isPending) return <PageLoader />;
  if (places.isError) return <QueryError error={places.error} />;

  return (
    <>
      <Anchor component={Link} to="/employer-portal" size="sm">← {t('employerPortal.title')}</Anchor>
      <PageHeader title={t('employerPortal.places')}
        actions={<Button onClick={() => setEditing('new')}>{t('employerPortal.placeForm.new')}</Button>} />
      {places.data.items.length === 0 && <Text>{t('placements.noPlaces')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {places.data.items.map((p) => (
          <Card withBorder key={p.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text fw={700}>{p.title}</Text>
                <Text size="sm">
                  {[p.sector, `${t('placements.levels')} ${p.levelMin}–${p.levelMax}`, p.city].filter(Boolean).join(' · ')}
                </Text>
                <Text size="sm">
                  {t('placements.filled', { filled: p.filled, places: p.places })}
                  {p.startDate ? ` · ${t('employerPortal.startsOn', { date: formatDate(p.startDate, i18n.language) })}` : ''}
                </Text>
              </Stack>
              <Badge variant="light" c="dark" tt="none" style={{ flexShrink: 0 }} color={p.status === 'OPEN' ? 'green' : 'gray'}>{t(`placements.placeStatus.${p.status}`)}</Badge>
            </Group>
            <Group justify="flex-end" mt="sm">
              <Button size="xs" variant="default" onClick={() => setEditing(p)} aria-label={`${t('common.edit')}: ${p.title}`}>
                {t('common.edit')}
              </Button>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} closeButtonProps={{ 'aria-label': t('common.close') }}
        title={editing === 'new' ? t('employerPortal.placeForm.new') : t('employerPortal.placeForm.edit')}>
        {editing !== null && (
          <PlaceForm place={editing === 'new' ? undefined : editing} canClose onDone={() => setEditing(null)}
            onSave={(body) => save.mutateAsync({ id: editing === 'new' ? undefined : editing.id, version: editing === 'new' ? undefined : editing.version, body })} />
        )}
      </Modal>
    </>
  );
}
