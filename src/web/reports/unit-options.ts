/**
 * Options of a report's unit picker: the units in force on the report's date, and the chosen unit
 * when it is not among them (a unit since dissolved or renamed, opened from a link) labelled by
 * the name the server gave it or the signed-in official's unit, never by its bare code.
 */
export function unitOptions(
  items: ReadonlyArray<{ code: string; name: string; fullName?: string | null }> | undefined,
  chosen: string | undefined,
  known: ReadonlyArray<{ code: string; name: string } | undefined>,
): Array<{ value: string; label: string }> {
  const listed = (items ?? []).map((u) => ({ value: u.code, label: u.fullName || u.name }));
  if (!chosen || listed.some((o) => o.value === chosen)) return listed;
  const name = known.find((u) => u?.code === chosen)?.name;
  return [{ value: chosen, label: name ?? '…' }, ...listed];
}
