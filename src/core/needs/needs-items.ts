// The catalogue items the needs model estimates (issue 4), with the unit the need is counted in.
// Ids are kebab-case and shared with the aid catalogue seed.

export const NEEDS_ITEMS = [
  { id: 'surgical-mask', unit: 'piece', label: 'Surgical (medical) masks' },
  { id: 'respirator-ffp2', unit: 'piece', label: 'FFP2/N95 respirators' },
  { id: 'gloves', unit: 'piece', label: 'Examination gloves (single gloves)' },
  { id: 'gown', unit: 'piece', label: 'Gowns' },
  { id: 'face-shield', unit: 'piece', label: 'Face shields' },
  { id: 'pcr-test', unit: 'reaction', label: 'PCR test reactions' },
  { id: 'antigen-test', unit: 'test', label: 'Rapid antigen tests' },
  { id: 'ventilator', unit: 'device', label: 'Ventilators' },
  { id: 'oxygen-concentrator', unit: 'device', label: 'Oxygen concentrators' },
  { id: 'pulse-oximeter', unit: 'device', label: 'Pulse oximeters' },
  { id: 'patient-monitor', unit: 'device', label: 'Patient monitors' },
] as const;

export type NeedsItemId = (typeof NEEDS_ITEMS)[number]['id'];
