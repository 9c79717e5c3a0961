/** The data Concord ships (data/seed: see its PROVENANCE.md), read by the modules' first-start seeds. */
export const SEED_DIR = new URL('../../../data/seed/', import.meta.url);
