import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm, type UseFormInput } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '@/shared/i18n';
import { fieldErrors, problemMessage } from '@/shared/api/form-errors';

/**
 * The one way to submit a form to the API: a @mantine/form with its rules; on failure the server's field
 * errors land on the fields (`toFormField` maps `contactPersons[0].name` to the form's path) and anything else
 * is one translated line above the form.
 */
export function useServerForm<V extends Record<string, unknown>>(input: UseFormInput<V> & {
  /** The server's field names the form shows on a field (the rest go above the form); may depend on the values. */
  serverFields?: string[] | ((values: V) => string[]);
  toFormField?: (serverField: string) => string;
}) {
  const { t } = useTranslation();
  const { serverFields, toFormField = (f) => f.replace(/\[(\d+)\]/g, '.$1'), ...options } = input;
  const form = useForm<V>({ mode: 'controlled', ...options });
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  /** Validates, runs `action` with the values, and reports what the server refused. */
  const submit = (action: (values: V) => Promise<unknown>) => form.onSubmit(async (values) => {
    setProblem(undefined);
    setBusy(true);
    try {
      await action(values);
    } catch (e) {
      if (serverFields) {
        const known = typeof serverFields === 'function' ? serverFields(values) : serverFields;
        const { fields, general } = fieldErrors(e, t, known);
        form.setErrors(Object.fromEntries(Object.entries(fields).map(([k, m]) => [toFormField(k), m])));
        setProblem(general);
      } else {
        setProblem(problemMessage(e, t));
      }
    } finally {
      setBusy(false);
    }
  });
  return { form, problem, busy, submit };
}

/** The problem line a failed submit leaves above a form. */
export function FormProblem({ problem }: { problem?: string }) {
  return problem ? <Alert color="red" role="alert">{problem}</Alert> : null;
}

/** Save (or the action's own word) and Cancel at the foot of a form. */
export function FormButtons({ busy, submitLabel, danger, onCancel }: {
  busy: boolean;
  submitLabel?: string;
  /** The action ends something (a consent, an account): its button is red. */
  danger?: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {onCancel && <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>}
      <Button type="submit" loading={busy} color={danger ? 'red' : undefined}>{submitLabel ?? t('common.save')}</Button>
    </Group>
  );
}

/** An action's form: the problem line, the fields, then Cancel and the action's own button. */
export function ActionForm({ problem, busy, submitLabel, danger, onSubmit, onCancel, children }: {
  problem?: string;
  busy: boolean;
  submitLabel: string;
  danger?: boolean;
  onSubmit: (e?: React.FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormProblem problem={problem} />
        {children}
        <FormButtons busy={busy} submitLabel={submitLabel} danger={danger} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
