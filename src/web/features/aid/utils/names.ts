/** A lookup of display names by id in a list of records (items, partners); an unknown id stands for itself. */
export function nameById<T extends { id: string }>(list: readonly T[] | undefined, name: (found: T) => string): (id: string) => string {
  const byId = new Map((list ?? []).map((x) => [x.id, x]));
  return (id) => {
    const found = byId.get(id);
    return found ? name(found) : id;
  };
}
