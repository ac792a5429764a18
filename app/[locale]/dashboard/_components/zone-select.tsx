/** The <select> of IANA zones in the dashboard's forms; `emptyLabel` adds a "none" choice first. */
import type { SelectHTMLAttributes } from "react";

type Props = SelectHTMLAttributes<HTMLSelectElement> & { zones: string[]; emptyLabel?: string };

export function ZoneSelect({ zones, emptyLabel, ...select }: Props) {
  return (
    <select {...select}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </select>
  );
}
