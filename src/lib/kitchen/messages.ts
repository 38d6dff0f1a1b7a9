import {
  customerLanguage,
  type CustomerLanguage,
} from "../shared/customer-language"
import type { KitchenProblem } from "./availability"
import { formatNaive, localMinuteOf } from "./zoned"

/** The customer's refusal, in their language: Ukrainian, English or Russian. */
export type KitchenLanguage = CustomerLanguage
export const kitchenLanguage = customerLanguage

const MESSAGES: Record<
  KitchenProblem["code"],
  Record<KitchenLanguage, (next: string | null) => string>
> = {
  closed: {
    uk: (n) =>
      `Кухня зараз зачинена${n ? `, відкриється ${n}` : ""}: оберіть час доставки (metadata.delivery_time) або замовте пізніше`,
    en: (n) =>
      `The kitchen is closed now${n ? ` and opens at ${n}` : ""}: choose a delivery time (metadata.delivery_time) or order later`,
    ru: (n) =>
      `Кухня сейчас закрыта${n ? `, откроется ${n}` : ""}: выберите время доставки (metadata.delivery_time) или закажите позже`,
  },
  last_order: {
    uk: () =>
      "Кухня вже не приймає замовлень на найближчий час: оберіть час доставки (metadata.delivery_time)",
    en: () =>
      "The kitchen takes no more orders for as soon as possible today: choose a delivery time (metadata.delivery_time)",
    ru: () =>
      "Кухня уже не принимает заказы на ближайшее время: выберите время доставки (metadata.delivery_time)",
  },
  paused: {
    uk: () =>
      "Кухня тимчасово не приймає замовлень на найближчий час: оберіть час доставки (metadata.delivery_time)",
    en: () =>
      "The kitchen has paused orders for as soon as possible: choose a delivery time (metadata.delivery_time)",
    ru: () =>
      "Кухня временно не принимает заказы на ближайшее время: выберите время доставки (metadata.delivery_time)",
  },
  offline: {
    uk: () =>
      "Кухня зараз недоступна: оберіть час доставки (metadata.delivery_time) або спробуйте пізніше",
    en: () =>
      "The kitchen cannot be reached now: choose a delivery time (metadata.delivery_time) or try again later",
    ru: () =>
      "Кухня сейчас недоступна: выберите время доставки (metadata.delivery_time) или попробуйте позже",
  },
  slot_invalid: {
    uk: () =>
      "Час доставки (metadata.delivery_time) має бути у вигляді РРРР-ММ-ДД ГГ:ХХ:СС, як у списку слотів",
    en: () =>
      "The delivery time (metadata.delivery_time) must be written YYYY-MM-DD HH:MM:SS, as in the list of slots",
    ru: () =>
      "Время доставки (metadata.delivery_time) должно быть в виде ГГГГ-ММ-ДД ЧЧ:ММ:СС, как в списке слотов",
  },
  slot_unavailable: {
    uk: () =>
      "Обраний час доставки (metadata.delivery_time) вже недоступний: оберіть інший",
    en: () =>
      "The chosen delivery time (metadata.delivery_time) can no longer be booked: choose another",
    ru: () =>
      "Выбранное время доставки (metadata.delivery_time) уже недоступно: выберите другое",
  },
  slot_full: {
    uk: () =>
      "На обраний час доставки (metadata.delivery_time) більше немає місць: оберіть інший",
    en: () =>
      "The chosen delivery time (metadata.delivery_time) is fully booked: choose another",
    ru: () =>
      "На выбранное время доставки (metadata.delivery_time) больше нет мест: выберите другое",
  },
}

/** The refusal a customer reads; an opening time in the kitchen's clock. */
export function kitchenMessage(
  problem: KitchenProblem,
  language: KitchenLanguage,
  timeZone: string
): string {
  const next =
    "next_open_at" in problem && problem.next_open_at
      ? formatNaive(
          localMinuteOf(new Date(problem.next_open_at), timeZone)
        ).slice(0, 16)
      : null
  return MESSAGES[problem.code][language](next)
}
