import { useMemo } from "react"
import { useT, toLocale } from "./i18n"

export type Formatters = ReturnType<typeof makeFormatters>

/** Dates, numbers and money in the admin user's language. */
export function makeFormatters(language: string | undefined) {
  const locale = toLocale(language)
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
  })
  const number = new Intl.NumberFormat(locale)
  return {
    locale,
    dateTime: (value: string | Date | null | undefined) =>
      value ? dateTime.format(new Date(value)) : "—",
    number: (value: number | null | undefined) =>
      value === null || value === undefined ? "—" : number.format(value),
    money: (amount: number | string | null | undefined, currency?: string) => {
      if (amount === null || amount === undefined || amount === "") {
        return "—"
      }
      const value = Number(amount)
      if (!Number.isFinite(value)) {
        return String(amount)
      }
      if (!currency) {
        return number.format(value)
      }
      try {
        return new Intl.NumberFormat(locale, {
          style: "currency",
          currency: currency.toUpperCase(),
          // The dashboard writes ₴, not UAH.
          currencyDisplay: "narrowSymbol",
        }).format(value)
      } catch {
        return `${number.format(value)} ${currency.toUpperCase()}`
      }
    },
    /** Milliseconds between two instants, for durations of runs. */
    seconds: (from?: string | null, to?: string | null) => {
      if (!from || !to) {
        return null
      }
      const ms = new Date(to).getTime() - new Date(from).getTime()
      return Number.isFinite(ms) ? Math.max(0, Math.round(ms / 1000)) : null
    },
  }
}

export const useFormat = (): Formatters => {
  const { i18n } = useT()
  return useMemo(() => makeFormatters(i18n.language), [i18n.language])
}
