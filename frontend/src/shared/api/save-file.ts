import { ApiError } from './client';

/** Hands a downloaded file to the browser (downloads go through the API client so they carry the token). */
export function saveFile(data: Blob, fileName: string) {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/** The answer to a download request (`parseAs: 'blob'`) saved as `fileName`; a refusal throws its ApiError. */
export function saveDownload(result: { data?: unknown; response: Response }, fileName: string) {
  if (!result.response.ok || !result.data) throw new ApiError(result.response.status, undefined);
  saveFile(result.data as Blob, fileName);
}
