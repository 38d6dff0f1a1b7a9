/**
 * What staff are told when something needs them: a title, what happened,
 * what to do, and a link. English in the feed's title and description (the
 * admin's default language), all three languages in `texts` for providers
 * that pick one.
 */

export type NoticeKind =
  | "order_failed"
  | "order_needs_review"
  | "order_cancelled_after_sent"
  | "kitchen_offline"
  | "kitchen_online"

export interface NoticeFacts {
  kind: NoticeKind
  order_id?: string | null
  display_id?: number | string | null
  error?: string | null
  /** ISO times of the outage. */
  started_at?: string | null
  ended_at?: string | null
  /** The admin's address, e.g. https://shop.example/app or /app. */
  admin_url: string
}

type Lang = "en" | "uk" | "ru"
type Text = { title: string; description: string }

const orderName = (f: NoticeFacts) =>
  f.display_id !== undefined && f.display_id !== null
    ? `#${f.display_id}`
    : (f.order_id ?? "")

const when = (iso?: string | null) =>
  iso ? iso.replace("T", " ").slice(0, 16) + " UTC" : "?"

const TEXTS: Record<NoticeKind, Record<Lang, (f: NoticeFacts) => Text>> = {
  order_failed: {
    en: (f) => ({
      title: `Order ${orderName(f)} did not reach the kitchen`,
      description: `ArchiDelivery refused it: ${f.error ?? "no reason given"}. Correct the order (dishes linked, phone, address) and press Retry in the order's ArchiDelivery section, or phone it to the kitchen.`,
    }),
    uk: (f) => ({
      title: `Замовлення ${orderName(f)} не дійшло до кухні`,
      description: `ArchiDelivery відмовив: ${f.error ?? "без пояснення"}. Виправте замовлення (прив'язка страв, телефон, адреса) і натисніть «Повторити» в розділі ArchiDelivery замовлення або передайте його кухні телефоном.`,
    }),
    ru: (f) => ({
      title: `Заказ ${orderName(f)} не дошёл до кухни`,
      description: `ArchiDelivery отказал: ${f.error ?? "без объяснения"}. Исправьте заказ (привязка блюд, телефон, адрес) и нажмите «Повторить» в разделе ArchiDelivery заказа или передайте его кухне по телефону.`,
    }),
  },
  order_needs_review: {
    en: (f) => ({
      title: `Order ${orderName(f)} needs a person`,
      description: `Nobody can tell whether the kitchen has it (${f.error ?? "no answer"}). Look it up in ArchiDelivery, then enter its number (Resolve) or send it again (Retry).`,
    }),
    uk: (f) => ({
      title: `Замовлення ${orderName(f)} потребує людини`,
      description: `Невідомо, чи отримала його кухня (${f.error ?? "немає відповіді"}). Знайдіть його в ArchiDelivery, потім введіть його номер («Вирішити») або надішліть знову («Повторити»).`,
    }),
    ru: (f) => ({
      title: `Заказ ${orderName(f)} требует человека`,
      description: `Неизвестно, получила ли его кухня (${f.error ?? "нет ответа"}). Найдите его в ArchiDelivery, затем введите его номер («Решить») или отправьте снова («Повторить»).`,
    }),
  },
  order_cancelled_after_sent: {
    en: (f) => ({
      title: `Order ${orderName(f)} was cancelled after the kitchen got it`,
      description:
        "ArchiDelivery cannot cancel an order: phone the kitchen now so it is not cooked or delivered.",
    }),
    uk: (f) => ({
      title: `Замовлення ${orderName(f)} скасовано після того, як кухня його отримала`,
      description:
        "ArchiDelivery не вміє скасовувати замовлення: зателефонуйте на кухню зараз, щоб його не готували й не везли.",
    }),
    ru: (f) => ({
      title: `Заказ ${orderName(f)} отменён после того, как кухня его получила`,
      description:
        "ArchiDelivery не умеет отменять заказы: позвоните на кухню сейчас, чтобы его не готовили и не везли.",
    }),
  },
  kitchen_offline: {
    en: (f) => ({
      title: "The kitchen's ArchiDelivery is not answering",
      description: `No answer since ${when(f.started_at)} (${f.error ?? "no reply"}). Orders wait in the queue. Check the kitchen's PC, its network and the ArchiDelivery service; the queue sends everything once it answers.`,
    }),
    uk: (f) => ({
      title: "ArchiDelivery кухні не відповідає",
      description: `Немає відповіді з ${when(f.started_at)} (${f.error ?? "без відповіді"}). Замовлення чекають у черзі. Перевірте комп'ютер кухні, мережу й службу ArchiDelivery; черга надішле все, щойно він відповість.`,
    }),
    ru: (f) => ({
      title: "ArchiDelivery кухни не отвечает",
      description: `Нет ответа с ${when(f.started_at)} (${f.error ?? "без ответа"}). Заказы ждут в очереди. Проверьте компьютер кухни, сеть и службу ArchiDelivery; очередь отправит всё, как только он ответит.`,
    }),
  },
  kitchen_online: {
    en: (f) => ({
      title: "The kitchen's ArchiDelivery answers again",
      description: `Offline from ${when(f.started_at)} to ${when(f.ended_at)}. The queue is sending what waited; check the orders list for any that failed.`,
    }),
    uk: (f) => ({
      title: "ArchiDelivery кухні знову відповідає",
      description: `Був недоступний з ${when(f.started_at)} до ${when(f.ended_at)}. Черга надсилає те, що чекало; перевірте список замовлень на помилки.`,
    }),
    ru: (f) => ({
      title: "ArchiDelivery кухни снова отвечает",
      description: `Был недоступен с ${when(f.started_at)} до ${when(f.ended_at)}. Очередь отправляет то, что ждало; проверьте список заказов на ошибки.`,
    }),
  },
}

export interface Notice {
  template: string
  title: string
  description: string
  url: string
  texts: Record<Lang, Text>
}

export function staffNotice(f: NoticeFacts): Notice {
  const base = f.admin_url.replace(/\/+$/, "")
  const url = f.order_id
    ? `${base}/orders/${f.order_id}`
    : `${base}/settings/archidelivery`
  const texts = {
    en: TEXTS[f.kind].en(f),
    uk: TEXTS[f.kind].uk(f),
    ru: TEXTS[f.kind].ru(f),
  }
  return {
    template: `archidelivery-${f.kind.replace(/_/g, "-")}`,
    title: texts.en.title,
    description: `${texts.en.description} ${url}`,
    url,
    texts,
  }
}
