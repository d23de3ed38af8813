import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate } from '@/shared/router';
import { ApiError } from '@/shared/api/client';
import { PageHeader } from './PageHeader';
import { PageLoader } from './PageLoader';
import { QueryError } from './QueryError';
import { StaleAlert } from './StaleAlert';

export type EditFormProps<T, B> = {
  data: T;
  submitting: boolean;
  onCancel: () => void;
  onSubmit: (body: B) => Promise<void>;
};

/**
 * The edit page of a record read with its ETag: load, show the form, save with If-Match, then back to the record
 * with a message. A 412 (someone else saved first) keeps the form and offers to reload the record.
 */
export function EditPage<T, B>({ title, staleMessage, savedMessage, backTo, record, update, children }: {
  title: string;
  staleMessage: string;
  savedMessage: string;
  backTo: string;
  record: UseQueryResult<{ data: T; etag: string }>;
  update: UseMutationResult<unknown, Error, { body: B; etag: string }>;
  children: (props: EditFormProps<T, B>) => ReactNode;
}) {
  const navigate = useNavigate();
  const stale = update.error instanceof ApiError && update.error.status === 412;

  if (record.isPending) return <PageLoader />;
  if (record.isError) return <QueryError error={record.error} />;
  const { data, etag } = record.data;
  return (
    <>
      <PageHeader title={title} />
      {stale && <StaleAlert message={staleMessage} onReload={() => { update.reset(); void record.refetch(); }} />}
      <div key={etag}>
        {children({
          data,
          submitting: update.isPending,
          onCancel: () => navigate(backTo),
          onSubmit: async (body) => {
            try {
              await update.mutateAsync({ body, etag });
            } catch (e) {
              if (e instanceof ApiError && e.status === 412) return;
              throw e;
            }
            navigate(backTo, { state: { flash: savedMessage } });
          },
        })}
      </div>
    </>
  );
}
