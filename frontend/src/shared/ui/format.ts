/** Dates as the user's language writes them (nl: 14-3-2007). */
export function formatDate(iso: string | null | undefined, lng: string): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return new Intl.DateTimeFormat(lng.startsWith('en') ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' }).format(d);
}

export function formatDateTime(iso: string | null | undefined, lng: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lng.startsWith('en') ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
