import { Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import type { Schemas } from '@/shared/api/client';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { useProgrammes } from '@/features/reference/api/get-programmes';
import { useCreatePlace, usePlaces, useUpdatePlace } from '@/features/placements/api/places';
import { PlaceForm } from '@/shared/forms/PlaceForm';
import { formatDate } from '@/shared/ui/format';

/** The employer's internship places; "taken" is counted from placements, never typed. */
export function PlacesSection({ employerId }: { employerId: string }) {
  const { t, i18n } = useTranslation();
  const places = usePlaces({ employerId, size: 100 });
  const programmes = useProgrammes();
  const create = useCreatePlace();
  const update = useUpdatePlace();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Schemas['PlaceView'] | null>(null);
  const programmeOptions = (programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.level})` }));

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Text fw={600} component="h3" m={0}>{t('placements.places')}</Text>
        {!adding && <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>{t('placements.addPlace')}</Button>}
      </Group>
      {adding && (
        <Card withBorder mb="md">
          <PlaceForm programmes={programmeOptions}
            onSave={(body) => create.mutateAsync({ ...body, employerId })} onDone={() => setAdding(false)}
            onCancel={() => setAdding(false)} />
        </Card>
      )}
      {places.data?.items.length === 0 && <Text size="sm">{t('placements.noPlaces')}</Text>}
      <Stack gap="xs">
        {places.data?.items.map((p) => (
          <Group key={p.id} justify="space-between" wrap="wrap" gap="xs" data-testid="place">
            <div>
              <Text fw={600}>{p.title}</Text>
              <Text size="xs" c="dimmed">
                {p.programme ? `${p.programme.name} · ` : ''}{p.sector ? `${p.sector} · ` : ''}
                {t('placements.levels')} {p.levelMin}–{p.levelMax}
                {p.startDate ? ` · ${formatDate(p.startDate, i18n.language)}` : ''}
                {p.hoursPerWeek ? ` · ${p.hoursPerWeek} u/w` : ''}
                {p.certificateOfConductRequired ? ` · ${t('placements.vogShort')}` : ''}
              </Text>
            </div>
            <Group gap={6}>
              <Text size="sm">{t('placements.filled', { filled: p.filled, places: p.places })}</Text>
              <Badge variant="light" c="dark" tt="none" color={p.status === 'OPEN' ? 'green' : 'gray'}>{t(`placements.placeStatus.${p.status}`)}</Badge>
              <Button size="compact-sm" variant="default" onClick={() => setEditing(p)} aria-label={`${t('common.edit')}: ${p.title}`}>
                {t('common.edit')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('employerPortal.placeForm.edit')}>
        {editing && (
          <PlaceForm place={editing} programmes={programmeOptions} canClose onDone={() => setEditing(null)}
            onSave={(body) => update.mutateAsync({ place: editing, body: { ...body, employerId } })} />
        )}
      </Modal>
    </Card>
  );
}
