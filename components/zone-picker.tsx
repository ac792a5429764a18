"use client";
/**
 * The one time-zone picker: an accessible combobox (WAI-ARIA combobox pattern, by downshift)
 * over the zones of tzdata's zone.tab, searchable by city, country and zone name in the
 * reader's language, each shown with its offset at the event's date. The chosen IANA name
 * is submitted in a hidden input named like the field.
 * The options are built on the server (lib/time/zone-options.ts) and given once per page
 * through <ZoneOptionsProvider>, however many forms on the page have a picker.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useCombobox } from "downshift";
import { useTranslations } from "next-intl";
import type { ZoneOption } from "@/lib/time/zone-options";
import { searchText } from "@/lib/slug";

const ZoneOptionsContext = createContext<ZoneOption[]>([]);

export function ZoneOptionsProvider({ options, children }: { options: ZoneOption[]; children: ReactNode }) {
  return <ZoneOptionsContext.Provider value={options}>{children}</ZoneOptionsContext.Provider>;
}

function label(option: ZoneOption): string {
  if (!option.id) return option.city;
  return `${option.city}${option.country ? `, ${option.country}` : ""} (${option.offset})`;
}

type Control = { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: true };

type Props = {
  /** The ids FormField gives its control: the label points at the text box. */
  control: Control;
  /** Zones listed first when nothing is typed (the event's anchor zone, its cities' zones). */
  suggested?: string[];
  /** Adds a "no zone" choice first, with this label. */
  emptyLabel?: string;
  defaultValue?: string;
  /** Controlled use (the city form sets the zone from the country and city name). */
  value?: string;
  onChange?: (zone: string) => void;
  /**
   * Where the rest of the zones come from when the page carries only a few (a public page
   * carries its own zones): fetched the first time the list opens or the reader types.
   */
  loadOptions?: () => Promise<ZoneOption[]>;
};

export function ZonePicker({ control, suggested = [], emptyLabel, defaultValue = "", value, onChange, loadOptions }: Props) {
  const t = useTranslations("ZonePicker");
  const given = useContext(ZoneOptionsContext);
  const [loaded, setLoaded] = useState<ZoneOption[] | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted || loaded || !loadOptions) return;
    let live = true;
    loadOptions().then(
      (options) => live && setLoaded(options),
      () => live && setLoaded([]),
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded, loadOptions]);
  const all = useMemo(() => {
    if (!loaded) return given;
    const ids = new Set(given.map((o) => o.id));
    return [...given, ...loaded.filter((o) => !ids.has(o.id))];
  }, [given, loaded]);
  const [own, setOwn] = useState(defaultValue);
  const chosen = value ?? own;
  // A stored zone outside zone.tab (an old spelling) stays choosable as it is.
  const options = useMemo(() => {
    const known = new Set(all.map((o) => o.id));
    const extra = [chosen, ...suggested]
      .filter((id) => id && !known.has(id))
      .map((id) => ({ id, city: id, country: "", offset: "", generic: null, search: searchText(id) }));
    const first = [...new Set(suggested)].map((id) => all.find((o) => o.id === id) ?? extra.find((o) => o.id === id)).filter((o) => o !== undefined);
    const empty = emptyLabel === undefined ? [] : [{ id: "", city: emptyLabel, country: "", offset: "", generic: null, search: "" }];
    return [...empty, ...first, ...extra.filter((o) => !first.includes(o)), ...all.filter((o) => !first.includes(o))];
  }, [all, chosen, suggested, emptyLabel]);
  const selectedItem = options.find((o) => o.id === chosen) ?? null;
  const [query, setQuery] = useState<string | null>(null);
  const items = useMemo(() => {
    const words = searchText(query ?? "")
      .split(/\s+/)
      .filter(Boolean);
    return words.length ? options.filter((o) => o.id && words.every((word) => o.search.includes(word))) : options;
  }, [options, query]);

  const { isOpen, getMenuProps, getInputProps, getToggleButtonProps, getItemProps, highlightedIndex } = useCombobox<ZoneOption>({
    items,
    selectedItem,
    inputId: control.id,
    labelId: `${control.id}-label`,
    menuId: `${control.id}-menu`,
    itemToString: (item) => (item ? label(item) : ""),
    itemToKey: (item) => item?.id,
    onInputValueChange: ({ inputValue, type }) => {
      // Typing searches; choosing or leaving shows the chosen zone's label again.
      setQuery(type === useCombobox.stateChangeTypes.InputChange ? inputValue : null);
      if (type === useCombobox.stateChangeTypes.InputChange) setWanted(true);
    },
    onIsOpenChange: ({ isOpen }) => {
      if (isOpen) setWanted(true);
    },
    onSelectedItemChange: ({ selectedItem: item }) => {
      const zone = item?.id ?? "";
      setOwn(zone);
      onChange?.(zone);
      setQuery(null);
    },
  });

  return (
    <div className="zone-combobox">
      <input type="hidden" name={control.name} value={chosen} />
      <div className="zone-combobox__box">
        <input
          {...getInputProps({
            "aria-describedby": control["aria-describedby"],
            "aria-invalid": control["aria-invalid"],
            placeholder: t("placeholder"),
            autoComplete: "off",
            spellCheck: false,
          })}
          data-testid={`zone-picker-${control.name}`}
          data-zone={chosen}
        />
        <button type="button" className="zone-combobox__toggle" {...getToggleButtonProps({ "aria-label": t("showAll") })}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul className="zone-combobox__menu" hidden={!isOpen} {...getMenuProps()}>
        {isOpen && items.length === 0 ? <li className="zone-combobox__none">{t("noMatch")}</li> : null}
        {isOpen
          ? items.map((item, index) => (
              <li
                key={item.id || "-"}
                className={`zone-combobox__option${highlightedIndex === index ? " zone-combobox__option--active" : ""}${item.id === chosen ? " zone-combobox__option--chosen" : ""}`}
                {...getItemProps({ item, index })}
              >
                <span>
                  {item.city}
                  {item.country ? <span className="muted">, {item.country}</span> : null}
                </span>
                {item.id ? (
                  <span className="small muted block">
                    <bdi dir="ltr">{item.offset}</bdi>
                    {item.generic ? ` · ${item.generic}` : ""} · <bdi dir="ltr">{item.id}</bdi>
                  </span>
                ) : null}
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
