import { ActionIcon, Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useBrokers } from '@/features/referrals/api/get-brokers';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import type { EmployerInput } from '../api/create-employer';
import { FormButtons, FormProblem, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';

type Contact = { id?: string; key: string; name: string; role: string; email: string; phone: string };
type Values = {
  name: string;
  kvkNumber: string;
  city: string;
  website: string;
  email: string;
  phone: string;
  contactPersons: Contact[];
  sectors: string[];
  size: string;
  street: string;
  postcode: string;
  sbbStatus: string;
  sbbNumber: string;
  sbbCheckedOn: string;
  supportOpenness: string;
  supportNote: string;
  vogRequired: boolean;
  ownerBroker: string;
  visitEveryDays: number | string;
};

let keySeq = 0;
const newKey = () => `c${++keySeq}`;

export function toValues(e?: Schemas['EmployerView']): Values {
  return {
    name: e?.name ?? '',
    kvkNumber: e?.kvkNumber ?? '',
    city: e?.city ?? '',
    website: e?.website ?? '',
    email: e?.email ?? '',
    phone: e?.phone ?? '',
    contactPersons: (e?.contactPersons ?? []).map((c) => ({
      id: c.id,
      key: c.id,
      name: c.name,
      role: c.role ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
    })),
    sectors: e?.sectors ?? [],
    size: e?.size ?? '',
    street: e?.street ?? '',
    postcode: e?.postcode ?? '',
    sbbStatus: e?.sbbStatus ?? 'UNKNOWN',
    sbbNumber: e?.sbbNumber ?? '',
    sbbCheckedOn: e?.sbbCheckedOn ?? '',
    supportOpenness: e?.supportOpenness ?? 'UNKNOWN',
    supportNote: e?.supportNote ?? '',
    vogRequired: e?.vogRequired ?? false,
    ownerBroker: e?.ownerBroker ?? '',
    visitEveryDays: e?.visitEveryDays ?? '',
  };
}

const opt = (s: string) => s.trim() || undefined;

export function EmployerForm({
  initial,
  submitting,
  onSubmit,
  onCancel,
}: {
  initial: Values;
  submitting: boolean;
  onSubmit: (input: EmployerInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const brokers = useBrokers();
  const rules = validators(t);
  const { form, problem, submit } = useServerForm<Values>({
    // The server writes contactPersons[0].name; the form keys it contactPersons.0.name (the default mapping).
    serverFields: (v) => [
      'name', 'kvkNumber', 'city', 'website', 'email', 'phone', 'sectors', 'size', 'street', 'postcode', 'sbbStatus',
      'sbbNumber', 'sbbCheckedOn', 'supportOpenness', 'supportNote', 'ownerBroker', 'visitEveryDays',
      ...v.contactPersons.flatMap((_, i) => ['name', 'role', 'email', 'phone'].map((f) => `contactPersons[${i}].${f}`)),
    ],
    initialValues: initial,
    validate: {
      name: rules.required,
      kvkNumber: rules.kvk,
      website: rules.website,
      email: rules.email,
      phone: rules.phone,
      postcode: rules.postcode,
      contactPersons: { name: rules.required, email: rules.email, phone: rules.phone },
    },
  });

  const save = submit((v) => onSubmit({
    name: v.name.trim(),
    kvkNumber: opt(v.kvkNumber),
    city: opt(v.city),
    website: opt(v.website),
    email: opt(v.email),
    phone: opt(v.phone),
    contactPersons: v.contactPersons.map((c) => ({
      id: c.id,
      name: c.name.trim(),
      role: opt(c.role),
      email: opt(c.email),
      phone: opt(c.phone),
    })),
    sectors: v.sectors,
    size: (v.size || undefined) as EmployerInput['size'],
    street: opt(v.street),
    postcode: opt(v.postcode),
    sbbStatus: v.sbbStatus as EmployerInput['sbbStatus'],
    sbbNumber: opt(v.sbbNumber),
    // Only a date the broker set: left out, the server takes today when the status or number changed.
    sbbCheckedOn: form.isDirty('sbbCheckedOn') ? opt(v.sbbCheckedOn) : undefined,
    supportOpenness: v.supportOpenness as EmployerInput['supportOpenness'],
    supportNote: opt(v.supportNote),
    vogRequired: v.vogRequired,
    ownerBroker: v.ownerBroker || undefined,
    visitEveryDays: typeof v.visitEveryDays === 'number' ? v.visitEveryDays : undefined,
  }));

  return (
    <form onSubmit={save} noValidate>
      <Stack maw={720}>
        <FormProblem problem={problem} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('employers.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('employers.kvkNumber')} description={t('employers.kvkHelp')} inputMode="numeric" maxLength={8} {...form.getInputProps('kvkNumber')} />
          <TextInput label={t('employers.city')} {...form.getInputProps('city')} />
          <TextInput label={t('employers.website')} type="url" {...form.getInputProps('website')} />
          <TextInput label={t('employers.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('employers.phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Fieldset legend={t('employers.network')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TagsInput label={t('employers.sectors')} description={t('employers.sectorsHint')} maxTags={10} {...form.getInputProps('sectors')} />
            <Select label={t('employers.size')} clearable data={(['SMALL', 'MEDIUM', 'LARGE'] as const).map((x) => ({ value: x, label: t(`employers.sizes.${x}`) }))} {...form.getInputProps('size')} />
            <TextInput label={t('employers.street')} {...form.getInputProps('street')} />
            <TextInput label={t('employers.postcode')} maxLength={7} {...form.getInputProps('postcode')} />
            <Select label={t('employers.sbbStatus')} allowDeselect={false} data={(['RECOGNISED', 'PENDING', 'NOT_RECOGNISED', 'UNKNOWN'] as const).map((x) => ({ value: x, label: t(`employers.sbb.${x}`) }))} {...form.getInputProps('sbbStatus')} />
            <TextInput label={t('employers.sbbNumber')} {...form.getInputProps('sbbNumber')} />
            <TextInput label={t('employers.sbbCheckedOn')} description={t('employers.sbbCheckedOnHint')} type="date"
              max={new Date().toISOString().slice(0, 10)} {...form.getInputProps('sbbCheckedOn')} />
            <Select label={t('employers.supportOpenness')} allowDeselect={false} data={(['YES', 'NO', 'UNKNOWN'] as const).map((x) => ({ value: x, label: t(`employers.openness.${x}`) }))} {...form.getInputProps('supportOpenness')} />
            <Select label={t('employers.ownerBroker')} clearable data={(brokers.data ?? []).map((b) => ({ value: b.username, label: b.name }))} {...form.getInputProps('ownerBroker')} />
            <NumberInput hideControls label={t('employers.visitEveryDays')} min={1} max={365} allowDecimal={false} {...form.getInputProps('visitEveryDays')} />
            <Checkbox mt="xl" label={t('employers.vogRequired')} {...form.getInputProps('vogRequired', { type: 'checkbox' })} />
          </SimpleGrid>
          <Textarea mt="sm" label={t('employers.supportNote')} autosize minRows={2} maxLength={1000} {...form.getInputProps('supportNote')} />
        </Fieldset>
        <Fieldset legend={t('employers.contactPersons')}>
          <Stack>
            {form.values.contactPersons.length === 0 && <Text size="sm" c="dimmed">{t('employers.noContacts')}</Text>}
            {form.values.contactPersons.map((c, i) => (
              <Fieldset key={c.key} legend={t('employers.contactN', { n: i + 1 })} variant="unstyled">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t('employers.contactName')} required {...form.getInputProps(`contactPersons.${i}.name`)} />
                  <TextInput label={t('employers.contactRole')} {...form.getInputProps(`contactPersons.${i}.role`)} />
                  <TextInput label={t('employers.email')} type="email" {...form.getInputProps(`contactPersons.${i}.email`)} />
                  <Group align="flex-end" wrap="nowrap">
                    <TextInput style={{ flex: 1 }} label={t('employers.phone')} type="tel" {...form.getInputProps(`contactPersons.${i}.phone`)} />
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('employers.removeContact', { n: i + 1 })}
                      onClick={() => form.removeListItem('contactPersons', i)}
                    >
                      ✕
                    </ActionIcon>
                  </Group>
                </SimpleGrid>
              </Fieldset>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() => form.insertListItem('contactPersons', { key: newKey(), name: '', role: '', email: '', phone: '' })}
              >
                {t('employers.addContact')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <FormButtons busy={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
