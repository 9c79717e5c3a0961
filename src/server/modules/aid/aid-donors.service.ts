import type { Readable } from 'node:stream';
import { createDonorResolver, type DonorFileError, type DonorResolver } from '../../../core/aid-donors/donor-flow';
import type { DatedContribution } from '../../../core/aid-donors/donor-netting';
import { partnerDonors } from '../../../core/aid-donors/partner-donors';
import { DonorImportQuerySchema, type DonorFileFormat, type DonorImport, type DonorImportQuery, type PartnerDonors } from '../../../shared/schemas/aid-donors';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import { MAX_DONOR_FILE_BYTES, readDonorFile, spool } from './aid-donors-file';
import { deleteDonorImport, findDonorImport, findDonorImportBySha, insertDonorFlows, insertDonorImport, listDonorFlows, listDonorImports } from './aid-donors.repo';
import type { AidDonorImportsTable } from './aid-donors.tables';
import { listAllocations, listItems, listPledges, listRequests } from './aid.repo';
import { loadRequests } from './aid-requests.service';

// Other donors (docs/decisions/046): coordinators import their deliveries and pledges from IATI activity XML
// or an FTS-like CSV, whole or not at all; the planner nets them from demand with each donor shown; the
// multi-donor view puts them beside the agency's own batches for one partner.

const toImport = (r: Omit<AidDonorImportsTable, 'id'> & { id: number }): DonorImport => ({
  id: r.id,
  format: r.format as DonorFileFormat,
  fileName: r.file_name,
  sha256: r.sha256,
  bytes: Number(r.bytes),
  activities: Number(r.activities),
  flows: Number(r.flows),
  donors: JSON.parse(r.donors) as string[],
  skippedUnknownPartner: Number(r.skipped_unknown_partner),
  skippedUnknownItem: Number(r.skipped_unknown_item),
  importedBy: r.imported_by_label,
  importedAt: r.imported_at,
});

const where = (e: DonorFileError) => `line ${e.line}${e.column === null ? '' : `, column ${e.column}`}`;

function refused(format: DonorFileFormat, errors: DonorFileError[]): Unprocessable {
  const first = errors[0]!;
  return new Unprocessable(
    `the ${format === 'iati' ? 'IATI' : 'CSV'} file is malformed at ${where(first)}: ${first.message}; nothing was stored`,
    errors.map((e) => ({ path: 'file', message: `${where(e)}: ${e.message}` })),
    { key: 'aid.donor-file-refused', params: { format, line: first.line, column: first.column ?? 0, problems: errors.length } },
  );
}

/** Imported flows dated within [from, to], as the planner nets them (docs/decisions/033, 046). */
export async function readDonorContributions(db: DbExecutor, window: { from: string; to: string }): Promise<DatedContribution[]> {
  return (await listDonorFlows(db, window)).map((f) => ({
    partnerId: f.partner_id,
    item: f.item_id,
    donor: f.donor,
    kind: f.kind as DatedContribution['kind'],
    origin: f.format as DatedContribution['origin'],
    quantity: Number(f.quantity),
    date: f.flow_date,
  }));
}

export function createAidDonorsService(deps: { db: Db; clock: Clock; audit: AuditService; countries: CountriesService; agencyName: () => Promise<string> }) {
  const { db, clock, audit, countries } = deps;

  async function resolver(): Promise<DonorResolver> {
    const [partners, countryList, items] = await Promise.all([countries.partners(), countries.countries(), listItems(db)]);
    return createDonorResolver({
      partners,
      iso2ToIso3: new Map(countryList.flatMap((c) => (c.iso2 ? [[c.iso2, c.iso3] as const] : []))),
      items: items.map((i) => ({ id: i.id, nameEn: i.name_en })),
    });
  }

  return {
    async imports(): Promise<DonorImport[]> {
      return (await listDonorImports(db)).map(toImport);
    },

    /**
     * Imports a donor file streamed in the body: checked whole first (a malformed file is 422 at its line and
     * column, nothing stored), then stored in one transaction with its audit record. The same file twice is 409.
     */
    async importFile(actor: Actor, rawQuery: DonorImportQuery, body: Readable): Promise<DonorImport> {
      const query = DonorImportQuerySchema.parse(rawQuery);
      const file = await spool(body, MAX_DONOR_FILE_BYTES);
      try {
        const resolve = await resolver();
        const repeated = await findDonorImportBySha(db, file.sha256);
        if (repeated) throw new Conflict(`this file was imported already (import ${repeated.id}, ${repeated.file_name}): its goods would count twice`, [{ path: 'file', message: 'imported already' }], { key: 'aid.donor-file-repeated', params: { id: repeated.id } });
        const checked = await readDonorFile(file, query.format, resolve);
        if (checked.error) throw refused(query.format, checked.errors);
        const fileName = query.fileName ?? (query.format === 'iati' ? 'activities.xml' : 'flows.csv');
        const id = await db.transaction().execute(async (trx) => {
          const importId = await insertDonorImport(trx, {
            format: query.format,
            file_name: fileName,
            sha256: file.sha256,
            bytes: file.bytes,
            activities: checked.activities,
            flows: checked.flows,
            donors: JSON.stringify([...checked.donors].sort()),
            skipped_unknown_partner: checked.skips.unknownPartner,
            skipped_unknown_item: checked.skips.unknownItem,
            imported_by: actor.userId,
            imported_by_label: actor.label,
            imported_at: clock().toISOString(),
          });
          const stored = await readDonorFile(file, query.format, resolve, (flows) =>
            insertDonorFlows(
              trx,
              flows.map((f) => ({ import_id: importId, donor: f.donor.slice(0, 200), donor_ref: f.donorRef?.slice(0, 200) ?? null, partner_id: f.partnerId, item_id: f.item, kind: f.kind, quantity: f.quantity, flow_date: f.date, reference: f.reference?.slice(0, 200) ?? null, line: f.line })),
            ),
          );
          // The file on disk is ours and unchanged; a difference here would be a reader that is not deterministic.
          if (stored.error || stored.flows !== checked.flows) throw refused(query.format, stored.errors.length > 0 ? stored.errors : [{ line: 1, column: null, message: 'the file read differently the second time' }]);
          await audit.record(trx, actor, {
            action: 'aid.donor-import.create',
            entityType: 'aid_donor_import',
            entityId: importId,
            summary: { format: query.format, fileName, sha256: file.sha256, bytes: file.bytes, activities: checked.activities, flows: checked.flows, donors: [...checked.donors].slice(0, 20) },
          });
          return importId;
        });
        return toImport((await findDonorImport(db, id))!);
      } finally {
        await file.remove();
      }
    },

    /** Removes an import and its flows (a wrong file, or one superseded by the donor's next publication); audited. */
    async remove(actor: Actor, id: number): Promise<DonorImport> {
      return db.transaction().execute(async (trx) => {
        const row = await findDonorImport(trx, id);
        if (!row) throw new NotFound('donor import');
        await deleteDonorImport(trx, id);
        const gone = toImport(row);
        await audit.record(trx, actor, { action: 'aid.donor-import.delete', entityType: 'aid_donor_import', entityId: id, summary: { format: gone.format, fileName: gone.fileName, flows: gone.flows } });
        return gone;
      });
    },

    /** Who gives the partner what: the agency's batches, recorded pledges and imported flows; overlapping request lines flagged. */
    async partnerDonors(partnerId: string): Promise<PartnerDonors> {
      if (!(await countries.partnerExists(partnerId))) throw new NotFound('partner');
      const [agencyName, rows, allocations, pledges, flows] = await Promise.all([
        deps.agencyName(),
        listRequests(db, { partnerId }),
        listAllocations(db, { partnerId }),
        listPledges(db, { partnerId }),
        listDonorFlows(db, { partnerId }),
      ]);
      const requests = await loadRequests(db, rows);
      return partnerDonors({
        partnerId,
        agencyName,
        requests: requests.map((r) => ({ id: r.id, status: r.status, createdAt: r.createdAt, lines: r.lines })),
        allocations: allocations.filter((a) => Number(a.packs) > 0).map((a) => ({ requestId: a.request_id, item: a.item_id, quantity: Number(a.quantity) })),
        others: [
          ...pledges.map((p) => ({ donor: p.donor, kind: 'pledge' as const, origin: 'recorded' as const, item: p.item_id, quantity: Number(p.quantity), date: p.expected_date })),
          ...flows.map((f) => ({ donor: f.donor, kind: f.kind as 'delivery' | 'pledge', origin: f.format as 'iati' | 'fts', item: f.item_id, quantity: Number(f.quantity), date: f.flow_date })),
        ],
      });
    },
  };
}

export type AidDonorsService = ReturnType<typeof createAidDonorsService>;
