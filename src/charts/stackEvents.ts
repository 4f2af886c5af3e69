/** Where one event's dot sits in its row: its place in a stack of dots that would otherwise cover each other. */
export interface EventSlot {
  /** 0 for the first dot of its stack, 1 for the next, and so on (in the order of the events). */
  slot: number;
  /** How many dots share the stack. */
  of: number;
}

/**
 * Stacks the dots of a row's events that would be drawn over each other:
 * events of the same row whose dots lie closer than `gap` pixels along the
 * time axis share a stack, so that every event stays visible (two events of
 * 2020 in one partnership are two dots, not one). Each event keeps its date;
 * only its place across the row changes. Pure.
 *
 * @param events The events, each with its row and its position along the time axis in pixels.
 * @param gap The least distance in pixels between two dots' centres (a dot's diameter and a margin).
 * @returns One slot per event, in the order given.
 * @example stackEvents([{ row: "a", x: 10 }, { row: "a", x: 12 }, { row: "a", x: 40 }], 9).map((s) => `${s.slot}/${s.of}`) // ["0/2", "1/2", "0/1"]
 */
export function stackEvents(events: ReadonlyArray<{ row: string; x: number }>, gap: number): EventSlot[] {
  const slots: EventSlot[] = events.map(() => ({ slot: 0, of: 1 }));
  const order = events.map((_, index) => index).sort((a, b) => events[a]!.x - events[b]!.x || a - b);
  const open = new Map<string, { x: number; members: number[] }>();
  for (const index of order) {
    const { row, x } = events[index]!;
    const stack = open.get(row);
    if (stack && x - stack.x < gap) stack.members.push(index);
    else open.set(row, { x, members: [index] });
    const members = open.get(row)!.members;
    members.forEach((member, slot) => (slots[member] = { slot, of: members.length }));
  }
  return slots;
}
