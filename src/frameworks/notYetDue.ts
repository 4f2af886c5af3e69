import { comparePartialDates } from "../dataset/partialDate.ts";
import type { PartnershipEvent } from "../dataset/types.ts";

/**
 * Whether a plan was not yet due at the source's date: planned (not realised or cancelled) and dated after it. A
 * date containing the source's date (2021 for a source of 2021-04) is not after it.
 * @example notYetDue({status: "planned", date: "2022"}, "2021-04") // true
 */
export function notYetDue(event: Pick<PartnershipEvent, "status" | "date">, asOf: string | null): boolean {
  return (
    event.status === "planned" && event.date !== null && asOf !== null && comparePartialDates(event.date, asOf) > 0
  );
}
