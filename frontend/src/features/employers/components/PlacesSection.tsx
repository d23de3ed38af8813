import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgrammes } from '@/features/reference/api/get-programmes';
import { useCreatePlace, usePlaces } from '@/features/placements/api/places';
import { PlaceForm } from '@/shared/forms/PlaceForm';
import { formatDate } from '@/shared/ui/format';

/** The employer's internship places; "taken" is counted from placements, never typed. */
export function PlacesSection({ employerId }: { employerId: string }) {
  const { t, i18n } = useTranslation();
  const places = usePlaces(employerId);
  const programmes = useProgrammes();
  const create = useCreatePlace();
  const [adding, setAdding] = useState(false);

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Text fw={600} component="h3" m={0}>{t('placements.places')}</Text>
        {!adding && <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>{t('placements.addPlace')}</Button>}
      </Group>
      {adding && (
        <Card withBorder mb="md">
          <PlaceForm programmes={(programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.level})` }))}
            onSave={(body) => create.mutateAsync({ ...body, employerId })} onDone={() => setAdding(false)}
            onCancel={() => setAdding(false)} />
        </Card>
      )}
      {places.data?.items.length === 0 && <Text size="sm">{t('placements.noPlaces')}</Text>}
      <Stack gap="xs">
        {places.data?.items.map((p) => (
          <Group key={p.id} justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Text fw={600}>{p.title}</Text>
              <Text size="xs" c="dimmed">
                {p.programme ? `${p.programme.name} · ` : ''}{p.sector ? `${p.sector} · ` : ''}
                {t('placements.levels')} {p.levelMin}–{p.levelMax}
                {p.startDate ? ` · ${formatDate(p.startDate, i18n.language)}` : ''}
                {p.hoursPerWeek ? ` · ${p.hoursPerWeek} u/w` : ''}
              </Text>
            </div>
            <Group gap={6}>
              <Text size="sm">{t('placements.filled', { filled: p.filled, places: p.places })}</Text>
              <Badge variant="light" c="dark" tt="none" color={p.status === 'OPEN' ? 'green' : 'gray'}>{t(`placements.placeStatus.${p.status}`)}</Badge>
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
