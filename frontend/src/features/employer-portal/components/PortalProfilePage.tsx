import { Alert, Anchor, Button, Card, Group, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, type Schemas } from '@/shared/api/client';
import { fieldErrors } from '@/shared/api/form-errors';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { StaleAlert } from '@/shared/ui/StaleAlert';
import { useProfile, useUpdateProfile } from '../api/company';

const FIELDS = ['website', 'email', 'phone', 'street', 'postcode', 'city', 'sectors', 'size', 'description'];

function ProfileForm({ profile, etag, onReload }: { profile: Schemas['PortalProfile']; etag: string; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [v, setV] = useState({
    website: profile.website ?? '', email: profile.email ?? '', phone: profile.phone ?? '', street: profile.street ?? '',
    postcode: profile.postcode ?? '', city: profile.city ?? '', description: profile.description ?? '',
  });
  const [sectors, setSectors] = useState<string[]>(profile.sectors);
  const [size, setSize] = useState<string | null>(profile.size ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string>();
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const field = (name: keyof typeof v) => ({
    value: v[name], error: errors[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => { setV({ ...v, [name]: e.currentTarget.value }); setSaved(false); },
  });

  const submit = async () => {
    const blank = (s: string) => (s.trim() ? s.trim() : undefined);
    try {
      await update.mutateAsync({
        etag,
        body: {
          website: blank(v.website), email: blank(v.email), phone: blank(v.phone), street: blank(v.street),
          postcode: blank(v.postcode), city: blank(v.city), description: blank(v.description), sectors,
          size: (size ?? undefined) as Schemas['EmployerSize'] | undefined,
        },
      });
      setErrors({});
      setGeneral(undefined);
      setSaved(true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        setStale(true);
        return;
      }
      const r = fieldErrors(e, t, FIELDS);
      setErrors(r.fields);
      setGeneral(r.general);
    }
  };

  return (
    <Card withBorder maw={760}>
      {stale && <StaleAlert message={t('errors.status.412')} onReload={onReload} />}
      <Stack component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {saved && <Alert color="green" role="status">{t('employerPortal.profileForm.saved')}</Alert>}
        {general && <Alert color="red" role="alert">{general}</Alert>}
        <Text fw={700}>{profile.name}{profile.kvkNumber ? ` · KvK ${profile.kvkNumber}` : ''}</Text>
        <Textarea label={t('employerPortal.profileForm.description')} autosize minRows={3} maxLength={2000} {...field('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('employers.website')} maxLength={300} {...field('website')} />
          <TextInput label={t('employers.email')} type="email" maxLength={254} {...field('email')} />
          <TextInput label={t('employers.phone')} type="tel" {...field('phone')} />
          <TextInput label={t('employers.street')} maxLength={200} {...field('street')} />
          <TextInput label={t('employers.postcode')} {...field('postcode')} />
          <TextInput label={t('employers.city')} maxLength={100} {...field('city')} />
          <TagsInput label={t('employers.sectors')} description={t('employers.sectorsHint')} value={sectors}
            onChange={(s) => { setSectors(s); setSaved(false); }} maxTags={10} error={errors.sectors} />
          <Select label={t('employers.size')} value={size} onChange={setSize} clearable error={errors.size}
            data={(['SMALL', 'MEDIUM', 'LARGE'] as const).map((s) => ({ value: s, label: t(`employers.sizes.${s}`) }))} />
        </SimpleGrid>
        <Text size="sm">{t('employerPortal.profileForm.brokerOnly')}</Text>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The company's own details; SBB recognition and the broker's notes are not shown or editable here. */
export function PortalProfilePage() {
  const { t } = useTranslation();
  const query = useProfile();
  // Remount the form only when the user asks to reload after a 412; a save keeps what they see.
  const [reloads, setReloads] = useState(0);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} />;
  return (
    <>
      <Anchor component={Link} to="/employer-portal" size="sm">← {t('employerPortal.title')}</Anchor>
      <PageHeader title={t('employerPortal.profile')} />
      <ProfileForm key={reloads} profile={query.data.data} etag={query.data.etag}
        onReload={() => void query.refetch().then(() => setReloads((n) => n + 1))} />
    </>
  );
}
