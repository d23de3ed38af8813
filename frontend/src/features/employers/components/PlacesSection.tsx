import { Alert, Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgrammes } from '@/features/reference/api/get-programmes';
import { useCreatePlace, usePlaces } from '@/features/placements/api/places';
import { problemMessage } from '@/shared/api/form-errors';
import { formatDate } from '@/shared/ui/format';

/** The employer's internship places; "taken" is counted from placements, never typed. */
export function PlacesSection({ employerId }: { employerId: string }) {
  const { t, i18n } = useTranslation();
  const places = usePlaces(employerId);
  const programmes = useProgrammes();
  const create = useCreatePlace();
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState('');
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [sector, setSector] = useState('');
  const [levelMin, setLevelMin] = useState<string | null>('1');
  const [levelMax, setLevelMax] = useState<string | null>('4');
  const [count, setCount] = useState<number | string>(1);
  const [startDate, setStartDate] = useState('');
  const [hours, setHours] = useState<number | string>('');
  const [error, setError] = useState<string>();

  const save = async () => {
    if (!title.trim()) {
      setError(`${t('placements.placeTitle')}: ${t('validation.required')}`);
      return;
    }
    try {
      await create.mutateAsync({
        employerId, title, programmeId: programmeId ?? undefined, sector: sector || undefined,
        levelMin: Number(levelMin ?? 1), levelMax: Number(levelMax ?? 4), places: typeof count === 'number' ? count : 1,
        startDate: startDate || undefined, hoursPerWeek: typeof hours === 'number' ? hours : undefined,
      });
      setAdding(false);
      setTitle('');
      setError(undefined);
    } catch (e) {
      setError(problemMessage(e, t));
    }
  };
  const levels = ['1', '2', '3', '4'].map((l) => ({ value: l, label: l }));

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Text fw={600} component="h3" m={0}>{t('placements.places')}</Text>
        {!adding && <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>{t('placements.addPlace')}</Button>}
      </Group>
      {adding && (
        <Stack mb="md">
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('placements.placeTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            <Select label={t('students.programme')} clearable searchable value={programmeId} onChange={setProgrammeId}
              data={(programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.level})` }))} />
            <TextInput label={t('placements.sector')} value={sector} onChange={(e) => setSector(e.currentTarget.value)} />
            <Group grow>
              <Select label={t('placements.levelMin')} data={levels} value={levelMin} onChange={setLevelMin} allowDeselect={false} />
              <Select label={t('placements.levelMax')} data={levels} value={levelMax} onChange={setLevelMax} allowDeselect={false} />
            </Group>
            <NumberInput hideControls label={t('placements.count')} min={1} max={100} allowDecimal={false} value={count} onChange={setCount} />
            <TextInput type="date" label={t('placements.startDate')} value={startDate} onChange={(e) => setStartDate(e.currentTarget.value)} />
            <NumberInput hideControls label={t('placements.hoursPerWeek')} min={1} max={60} allowDecimal={false} value={hours} onChange={setHours} />
          </SimpleGrid>
          <Group>
            <Button onClick={() => void save()} loading={create.isPending}>{t('common.save')}</Button>
            <Button variant="default" onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
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
