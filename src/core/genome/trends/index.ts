// Variant trends over analysed genomes (pure): clade and mutation frequencies by country and period.
export { cladeTrend, type CladePeriod, type CladeShare, type DatedCladeCount } from './clade-trend';
export { isoWeekOf, periodOf, PERIOD_UNITS, type PeriodUnit } from './collection-period';
export { mutationTrend, type CountryMutationTrend, type DatedCountryCount, type MutationPeriodShare } from './mutation-trend';
export { estimateShare, type ShareEstimate } from './share-estimate';
export { tallyClades, tallyCountries, type GenomeRecord } from './tally-genomes';
export { wilsonInterval, Z_95 } from './wilson-interval';
