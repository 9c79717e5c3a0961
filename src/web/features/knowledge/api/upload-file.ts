import { EditionFileSchema, type EditionFile } from '../../../../shared/schemas/knowledge';
import { ApiErrorSchema } from '../../../../shared/schemas/errors';
import { ApiRequestError, buildUrl, currentCsrfToken } from '../../../lib/api-client';

// Uploads go through XMLHttpRequest, not fetch: only it reports the upload's progress, which a 50 MB file needs.
// The body is the file itself (application/octet-stream), streamed by the server to the store.

export function uploadEditionFile(editionId: number, file: File, language: string, onProgress: (fraction: number) => void): Promise<EditionFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', buildUrl(`/api/knowledge/editions/${editionId}/files`, { language, fileName: file.name }));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiRequestError(0, { code: 'internal', message: 'the upload did not reach the server', details: [] }, 'network'));
    xhr.onload = () => {
      let payload: unknown;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        payload = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = EditionFileSchema.safeParse(payload);
        if (parsed.success) resolve(parsed.data);
        else reject(new ApiRequestError(xhr.status, { code: 'internal', message: 'unexpected response to the upload', details: [] }, 'invalid_response'));
        return;
      }
      const error = ApiErrorSchema.safeParse(payload);
      const code = xhr.status === 413 ? 'payload_too_large' : 'internal';
      reject(new ApiRequestError(xhr.status, error.success ? error.data.error : { code, message: `${xhr.status} ${xhr.statusText}`.trim(), details: [] }));
    };
    xhr.send(file);
  });
}
