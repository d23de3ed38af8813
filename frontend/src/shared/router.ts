import { useLocation } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';

// The SPA routes with wouter (issue 15: react-router was 13 kB of a first page; the app matches one level of paths
// and keeps its data in TanStack Query, so a 2 kB router does the same). Links, parameters and the query string
// come from 'wouter' itself; these two are the app's own words for what wouter spells differently.

/** `navigate(to, { state, replace })`. */
export function useNavigate() {
  return useLocation()[1];
}

/** The message the previous page left for this one when it sent the user here ("Student aangemaakt"). */
export function useFlash(): string | undefined {
  return (useHistoryState() as { flash?: string } | null)?.flash;
}
