import type { TFunction } from '@/shared/i18n';
import { ApiError } from './client';

/**
 * Maps the backend's field errors onto form fields, translated by their stable code. Returns the
 * errors that name no known field, so the caller can show them above the form.
 */
export function fieldErrors(error: unknown, t: TFunction, knownFields: string[]): {
  fields: Record<string, string>;
  general: string | undefined;
} {
  if (!(error instanceof ApiError)) return { fields: {}, general: t('errors.network') };
  const fields: Record<string, string> = {};
  for (const e of error.problem?.errors ?? []) {
    if (e.field && knownFields.includes(e.field)) {
      fields[e.field] = t(`errors.code.${e.code ?? 'Invalid'}`, { defaultValue: t('errors.code.Invalid') });
    }
  }
  const general = Object.keys(fields).length > 0 ? undefined : t(`errors.status.${error.status}`, {
    defaultValue: error.problem?.detail ?? t('errors.unknown'),
  });
  return { fields, general };
}

/** A text for a code the server sends: data, not a key the typecheck can know; empty when there is none. */
function serverText(t: TFunction, key: string): string {
  return (t as unknown as (k: string, o: { defaultValue: string }) => string)(key, { defaultValue: '' });
}

/** One line for a failed action: the server's first field message or detail; 412 and network errors translated. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  if (error.status === 412 || error.status === 503) return t(`errors.status.${error.status}`);
  // A known problem type has a text in the user's language; the server's English is the fallback.
  const slug = error.problem?.type?.split('/').pop();
  const typeText = slug && serverText(t, `errors.type.${slug}`);
  if (typeText) return typeText;
  const first = error.problem?.errors?.[0];
  const codeText = first?.code && serverText(t, `errors.code.${first.code}`);
  if (codeText) return codeText;
  return first?.message ?? error.problem?.detail ?? error.message;
}
