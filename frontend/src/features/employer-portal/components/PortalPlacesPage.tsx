import { Alert, Anchor, Badge, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/shared/api/client';
import { problemMessage } from '@/shared/api/form-errors';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate } from '@/shared/ui/format';
import { usePortalPlaces, useSavePlace } from '../api/company';

type Place = Schemas['PlaceView'];
const LEVELS = ['1', '2', '3', '4'];

function PlaceForm({ place, onDone }: { place?: Place; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSavePlace();
  const [title, setTitle] = useState(place?.title ?? '');
  const [sector, setSector] = useState(place?.sector ?? '');
  const [levelMin, setLevelMin] = useState<string | null>(String(place?.levelMin ?? 1));
  const [levelMax, setLevelMax] = useState<string | null>(String(place?.levelMax ?? 4));
  const [count, setCount] = useState<number | string>(place?.places ?? 1);
  const [startDate, setStartDate] = useState(place?.startDate ?? '');
  const [hours, setHours] = useState<number | string>(place?.hoursPerWeek ?? '');
  const [city, setCity] = useState(place?.city ?? '');
  const [error, setError] = useState<string>();

  const submit = async (status?: Schemas['PlaceStatus']) => {
    if (!title.trim()) {
      setError(`${t('placements.placeTitle')}: ${t('validation.required')}`);
      return;
    }
    try {
      await save.mutateAsync({
        id: place?.id, version: place?.version,
        body: {
          title, sector: sector || undefined, levelMin: Number(levelMin ?? 1), levelMax: Number(levelMax ?? 4),
          places: typeof count === 'number' ? count : 1, startDate: startDate || undefined,
          hoursPerWeek: typeof hours === 'number' ? hours : undefined, city: city || undefined,
          status: status ?? (place?.status === 'CLOSED' ? 'CLOSED' : 'OPEN'),
        },
      });
      onDone();
    } catch (e) {
      setError(problemMessage(e, t));
    }
  };

  return (
    <Stack component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <TextInput label={t('placements.placeTitle')} required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('placements.sector')} maxLength={100} value={sector} onChange={(e) => setSector(e.currentTarget.value)} />
        <TextInput label={t('employers.city')} maxLength={100} value={city} onChange={(e) => setCity(e.currentTarget.value)} />
        <Select label={t('placements.levelMin')} data={LEVELS} value={levelMin} onChange={setLevelMin} allowDeselect={false} />
        <Select label={t('placements.levelMax')} data={LEVELS} value={levelMax} onChange={setLevelMax} allowDeselect={false} />
        <NumberInput hideControls label={t('placements.count')} min={1} max={100} allowDecimal={false} value={count} onChange={setCount} />
        <NumberInput hideControls label={t('placements.hoursPerWeek')} min={1} max={60} allowDecimal={false} value={hours} onChange={setHours} />
        <TextInput type="date" label={t('employerPortal.startDate')} value={startDate} onChange={(e) => setStartDate(e.currentTarget.value)} />
      </SimpleGrid>
      <Group justify="space-between">
        {place ? (
          <Button variant="default" onClick={() => void submit(place.status === 'CLOSED' ? 'OPEN' : 'CLOSED')}>
            {place.status === 'CLOSED' ? t('employerPortal.placeForm.reopen') : t('employerPortal.placeForm.close')}
          </Button>
        ) : <span />}
        <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
      </Group>
    </Stack>
  );
}

/** The company's own internship places: added here, brokers see them at once (source: employer portal). */
export function PortalPlacesPage() {
  const { t, i18n } = useTranslation();
  const places = usePortalPlaces();
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
        {editing !== null && <PlaceForm place={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}
