import { DonorImportSchema, type DonorFileFormat, type DonorImport } from '../../../../shared/schemas/aid-donors';
import { ApiErrorSchema } from '../../../../shared/schemas/errors';
import { ApiRequestError, apiRequest, buildUrl, currentCsrfToken } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

// The body is the file itself, which the server streams (docs/decisions/046): not JSON, so not apiRequest.
export async function uploadDonorFile({ file, format }: { file: File; format: DonorFileFormat }): Promise<DonorImport> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': format === 'iati' ? 'application/xml' : 'text/csv' };
  const token = currentCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(buildUrl('/api/aid/donor-imports', { format, fileName: file.name.slice(0, 200) }), { method: 'POST', headers, body: file, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiRequestError(0, { code: 'internal', message: String(cause), details: [] }, 'network');
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(payload);
    throw new ApiRequestError(response.status, error.success ? error.data.error : { code: response.status === 413 ? 'payload_too_large' : 'internal', message: `${response.status}`, details: [] });
  }
  const parsed = DonorImportSchema.safeParse(payload);
  if (!parsed.success) throw new ApiRequestError(response.status, { code: 'internal', message: 'unexpected response to the upload', details: [] }, 'invalid_response');
  return parsed.data;
}
export const useUploadDonorFile = () => useAidMutation(uploadDonorFile);

export const deleteDonorImport = (id: number) => apiRequest(`/api/aid/donor-imports/${id}`, { method: 'DELETE', schema: DonorImportSchema });
export const useDeleteDonorImport = () => useAidMutation(deleteDonorImport);
