/**
 * Which row element shows which entry: the keys the list gives its rows.
 *
 * Keyed by entry, every redraw during a flood unmounts the rows in view and mounts as many new
 * ones, for entries that all arrived since the last frame: each new element's style is resolved
 * from scratch and its whole box laid out (about 200 elements a redraw). Keyed by slot, the
 * elements stay and only their text and position change, which restyles nothing and lays out only
 * the changed text inside each row (`contain: strict`, log-row.css).
 * https://developer.mozilla.org/en-US/docs/Web/CSS/contain
 *
 * An entry that stays in view keeps its slot, so a row the reader is pointing at or has focused is
 * not replaced under them. A slot freed by an entry that left goes to an entry that arrived, in the
 * order the freed slots had in the page: when every entry in view is new (a flood), each element
 * keeps its place and nothing moves in the DOM.
 */
export type RowSlots = {
  /** Slots for `ids` (in the list's order): distinct, stable for ids that were in the last call. */
  assign: (ids: readonly number[]) => number[];
};

export function createRowSlots(): RowSlots {
  let slotOf = new Map<number, number>();
  let order: number[] = [];
  let next = 0;

  return {
    assign(ids) {
      const slots = new Array<number>(ids.length);
      const kept = new Set<number>();
      ids.forEach((id, i) => {
        const slot = slotOf.get(id);
        if (slot !== undefined) {
          slots[i] = slot;
          kept.add(slot);
        }
      });
      const free = order.filter((slot) => !kept.has(slot));
      let take = 0;
      const nextSlotOf = new Map<number, number>();
      ids.forEach((id, i) => {
        // An id listed twice (it should not be) gets a fresh slot the second time: keys stay distinct.
        if (slots[i] === undefined || nextSlotOf.has(id)) slots[i] = free[take++] ?? next++;
        nextSlotOf.set(id, slots[i] as number);
      });
      slotOf = nextSlotOf;
      order = slots;
      return slots;
    },
  };
}
