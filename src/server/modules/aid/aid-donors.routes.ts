import { Readable } from 'node:stream';
import { DonorImportListSchema, DonorImportQuerySchema, DonorImportSchema, PartnerDonorsSchema } from '../../../shared/schemas/aid-donors';
import { PartnerParamsSchema } from '../../../shared/schemas/aid';
import { IdParamsSchema } from '../../../shared/schemas/common';
import { ValidationFailed } from '../../errors';
import type { RoutesPlugin } from '../../http/types';

// Other donors (docs/decisions/046): imports of their IATI or FTS-like files, and the multi-donor view.
const COORDINATOR = { roles: ['coordinator', 'admin'], scope: 'all' } as const;
const tags = ['aid'];
/** The donor file's types: its body is handed on as a stream, never parsed into memory here. */
const FILE_TYPES = ['application/xml', 'text/xml', 'text/csv', 'application/octet-stream'];

export const aidDonorsRoutes: RoutesPlugin = (app, { aid }) => {
  for (const type of FILE_TYPES) if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, (_request, payload, done) => done(null, payload));

  app.post('/api/aid/donor-imports', {
    config: { access: COORDINATOR },
    schema: {
      tags,
      summary: 'Import another donor’s deliveries and pledges: the file is the body (IATI activity XML, or the FTS-like CSV), streamed; whole or not at all; audited',
      description:
        'A malformed file is 422 with key aid.donor-file-refused and the line and column (params, and details at `file`); nothing is stored. The same file again is 409 (aid.donor-file-repeated). Columns of the CSV and what is read of IATI: docs/decisions/046.',
      querystring: DonorImportQuerySchema,
      response: { 201: DonorImportSchema },
    },
    handler: async (request, reply) => {
      const body = request.body instanceof Readable ? request.body : typeof request.body === 'string' ? Readable.from([request.body]) : null;
      if (!body) throw new ValidationFailed('send the file itself as the body, with Content-Type application/xml or text/csv', [{ path: 'file', message: 'not a file' }]);
      return reply.status(201).send(await aid.donors.importFile(request.actor, request.query, body));
    },
  });

  app.get('/api/aid/donor-imports', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Other donors’ files imported so far, newest first, with what each held', response: { 200: DonorImportListSchema } },
    handler: async () => ({ imports: await aid.donors.imports() }),
  });

  app.delete('/api/aid/donor-imports/:id', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Remove an import and its deliveries and pledges (a wrong file, or one the donor has since replaced); audited', params: IdParamsSchema, response: { 200: DonorImportSchema } },
    handler: async (request) => aid.donors.remove(request.actor, request.params.id),
  });

  app.get('/api/aid/partners/:partnerId/donors', {
    config: { access: COORDINATOR },
    schema: {
      tags,
      summary: 'Who gives a partner what: the agency’s batches beside other donors’ deliveries and pledges, per item; request lines two donors cover are flagged',
      params: PartnerParamsSchema,
      response: { 200: PartnerDonorsSchema },
    },
    handler: async (request) => aid.donors.partnerDonors(request.params.partnerId),
  });
};
