import type { TFunction } from '@/shared/i18n';

const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const KVK = /^[0-9]{8}$/;
const WEBSITE = /^https?:\/\/\S+$/;
const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** An ISO date `days` after another (UTC, like todayIso). */
export const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The field rules every form uses, as @mantine/form validators: each returns the translated message or null.
 * Empty optional fields pass; `required` is its own rule. The server checks the same rules again.
 */
export function validators(t: TFunction) {
  const when = (ok: (v: string) => boolean, message: string) => (v: string) => (v && !ok(v) ? message : null);
  return {
    required: (v: string) => (!String(v ?? '').trim() ? t('validation.required') : null),
    requiredText: (max: number) => (v: string) =>
      !v.trim() ? t('validation.required') : v.length > max ? t('validation.maxLength', { max }) : null,
    optionalText: (max: number) => when((v) => v.trim().length <= max, t('validation.maxLength', { max })),
    email: when((v) => EMAIL.test(v), t('validation.email')),
    phone: when((v) => PHONE.test(v), t('validation.phone')),
    kvk: when((v) => KVK.test(v), t('validation.kvk')),
    website: when((v) => WEBSITE.test(v), t('validation.website')),
    postcode: when((v) => POSTCODE.test(v.trim()), t('employers.postcodeInvalid')),
    pastDate: (v: string) => (!v ? t('validation.required') : v >= todayIso() ? t('validation.past') : null),
  };
}
