import { Alert, Anchor, Card, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import { ApiError, type Schemas } from '@/shared/api/client';
import { FormButtons, FormProblem, useServerForm } from '@/shared/forms/action-form';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { StaleAlert } from '@/shared/ui/StaleAlert';
import { useProfile, useUpdateProfile } from '../api/company';

const FIELDS = ['website', 'email', 'phone', 'street', 'postcode', 'city', 'sectors', 'size', 'description'];

function ProfileForm({ profile, etag, onReload }: { profile: Schemas['PortalProfile']; etag: string; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: FIELDS,
    initialValues: {
      website: profile.website ?? '', email: profile.email ?? '', phone: profile.phone ?? '', street: profile.street ?? '',
      postcode: profile.postcode ?? '', city: profile.city ?? '', description: profile.description ?? '',
      sectors: profile.sectors, size: (profile.size ?? null) as string | null,
    },
    onValuesChange: () => setSaved(false),
  });
  const save = submit(async (v) => {
    const blank = (s: string) => (s.trim() ? s.trim() : undefined);
    try {
      await update.mutateAsync({
        etag,
        body: {
          website: blank(v.website), email: blank(v.email), phone: blank(v.phone), street: blank(v.street),
          postcode: blank(v.postcode), city: blank(v.city), description: blank(v.description), sectors: v.sectors,
          size: (v.size ?? undefined) as Schemas['EmployerSize'] | undefined,
        },
      });
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        setStale(true);
        return;
      }
      throw e;
    }
    setSaved(true);
  });
  const field = (name: keyof ReturnType<typeof form.getValues>) => form.getInputProps(name);

  return (
    <Card withBorder maw={760}>
      {stale && <StaleAlert message={t('errors.status.412')} onReload={onReload} />}
      <form onSubmit={save} noValidate>
        <Stack>
          {saved && <Alert color="green" role="status">{t('employerPortal.profileForm.saved')}</Alert>}
          <FormProblem problem={problem} />
          <Text fw={700}>{profile.name}{profile.kvkNumber ? ` · KvK ${profile.kvkNumber}` : ''}</Text>
          <Textarea label={t('employerPortal.profileForm.description')} autosize minRows={3} maxLength={2000} {...field('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('employers.website')} maxLength={300} {...field('website')} />
            <TextInput label={t('employers.email')} type="email" maxLength={254} {...field('email')} />
            <TextInput label={t('employers.phone')} type="tel" {...field('phone')} />
            <TextInput label={t('employers.street')} maxLength={200} {...field('street')} />
            <TextInput label={t('employers.postcode')} {...field('postcode')} />
            <TextInput label={t('employers.city')} maxLength={100} {...field('city')} />
            <TagsInput label={t('employers.sectors')} description={t('employers.sectorsHint')} maxTags={10} {...field('sectors')} />
            <Select label={t('employers.size')} clearable {...field('size')}
              data={(['SMALL', 'MEDIUM', 'LARGE'] as const).map((s) => ({ value: s, label: t(`employers.sizes.${s}`) }))} />
          </SimpleGrid>
          <Text size="sm">{t('employerPortal.profileForm.brokerOnly')}</Text>
          <FormButtons busy={busy} />
        </Stack>
      </form>
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
