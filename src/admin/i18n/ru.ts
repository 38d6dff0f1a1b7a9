import { modifiersRu } from "./modifiers/ru"
// Russian. Plural keys need one, few, many and other (Intl.PluralRules "ru").
// Counts stand after a label ("Обработано: 3 из 21") wherever no plural key says them.
export const ru = {
  actions: {
    tryAgain: "Попробовать снова",
  },
  errors: {
    unauthorized: "Сеанс завершён. Войдите снова.",
    network: "Не удалось связаться с сервером. Проверьте соединение.",
    generic: "Запрос не выполнен (HTTP {{status}}).",
  },
  units: {
    grams: "{{value}}\u00a0г",
    ms: "{{value}}\u00a0мс",
    seconds: "{{value}}\u00a0с",
  },
  serverErrors: {
    order_not_queued: "Этого заказа нет в очереди ArchiDelivery.",
    retry_refused:
      "Состояние заказа сейчас «{{status}}»; отправить ещё раз можно только заказы с ошибкой или требующие проверки.",
    resolve_refused:
      "Состояние заказа сейчас «{{status}}»; отметить отправленным можно только заказ, требующий проверки.",
    order_id_taken:
      "Заказ ArchiDelivery № {{archidelivery_order_id}} уже принадлежит другому заказу магазина ({{display_id}}).",
    drain_running:
      "Заказы как раз отправляются. Подождите немного и попробуйте снова.",
  },
  orderProblems: {
    title: "Заказ нельзя отправить, пока это не исправлено:",
    no_items: "В заказе нет позиций.",
    not_on_menu:
      "«{{item}}» нет в меню: привяжите товар к позиции меню ArchiDelivery.",
    bad_quantity: "«{{item}}»: количество {{quantity}} не целое число.",
    no_display_id: "У заказа нет номера, которым пометить комментарий.",
    bad_phone: "Телефон «{{phone}}» не является правильным номером.",
    no_phone: "В заказе нет телефона.",
    bad_delivery_time:
      "Время доставки «{{value}}» ({{field}}) не является датой и временем.",
    no_client_name: "В заказе нет имени или эл. почты, чтобы создать клиента.",
    order_gone: "Этого заказа больше нет в магазине.",
  },
  archideliveryWords:
    "Как записано (слова ArchiDelivery приведены без изменений)",
  import: {
    title: "Меню ArchiDelivery",
    subtitle:
      "Новые блюда появляются как скрытые черновики; утверждённые товары получают названия и цены из ArchiDelivery.",
    start: "Импортировать из ArchiDelivery",
    startedToast:
      "Импорт начат. Можно работать дальше — ход импорта виден здесь.",
    alreadyRunning:
      "Импорт уже выполняется. Его ход показан здесь; новый можно начать, когда он завершится.",
    finishedToast: "Импорт завершён. Отчёт готов.",
    failedToast: "Импорт не удался. Причина указана в отчёте.",
    none: "Импортов ещё не было. Импортируйте меню, чтобы создать черновики товаров для его блюд.",
    running: "Импорт идёт…",
    last: "Последний импорт",
    progress: "Обработано строк меню: {{done}} из {{total}}",
    openReport: "Посмотреть отчёт",
  },
  importStatus: {
    running: "Выполняется",
    completed: "Завершён",
    failed: "Ошибка",
  },
  totals: {
    fetched: "В меню",
    created: "Создано",
    updated: "Обновлено",
    unchanged: "Без изменений",
    skipped_unapproved: "Не утверждены, не изменены",
    invalid: "Строки с ошибками",
    missing: "Нет в меню",
  },
  report: {
    title: "Отчёт импорта",
    description: "Итоги и каждая строка меню, импортированная с замечанием.",
    started: "Начат {{date}}",
    finished: "завершён {{date}}",
    noItems: "Все строки меню импортированы без замечаний.",
    openProduct: "Открыть товар",
    columns: {
      archideliveryId: "ID в ArchiDelivery",
      name: "Название",
      action: "Результат",
      message: "Подробности",
      product: "Товар",
    },
    actions: {
      created: "Создан",
      updated: "Обновлён",
      unchanged: "Без изменений",
      skipped_unapproved: "Не утверждён, не изменён",
      invalid: "Строка с ошибкой",
      missing: "Нет в меню",
      adopted: "Привязан к существующему товару",
      recreated: "Создан заново",
      no_variant: "Цена не установлена",
      failed: "Ошибка",
    },
    messages: {
      row_not_object: "Строка не является строкой меню: {{value}}",
      id_missing: "Нет ID ({{field}}).",
      id_invalid: "ID ({{field}}) не является идентификатором: {{value}}",
      name_empty: "Название ({{field}}) пустое.",
      name_invalid: "Название ({{field}}) не является текстом: {{value}}",
      price_missing: "Нет цены ({{field}}).",
      price_invalid: "Цена ({{field}}) не является числом: {{value}}",
      price_negative: "Цена ({{field}}) отрицательная: {{value}}",
      weight_invalid: "Вес ({{field}}) не в граммах: {{value}}",
      duplicate_id: "ID {{id}} встречается несколько раз (строки {{rows}}).",
      recreated: "Привязанный товар удалён в Medusa; создан новый черновик.",
      adopted:
        "К блюду привязан существующий товар ({{external_id}}); он не утверждён.",
      unapproved_changes:
        "Товар не утверждён, поэтому изменения из ArchiDelivery не применены: {{changes}}",
      changeName: "название «{{from}}» → «{{to}}»",
      changePrice: "цена {{from}} → {{to}}",
      no_variant: "У товара нет варианта, поэтому цена не установлена.",
      missing_since: "Нет в меню ArchiDelivery с {{since}}.",
    },
  },
  approval: {
    title: "Ждут утверждения",
    subtitle:
      "Утверждайте товары, когда фото и описания готовы; только утверждённые товары получают дальнейшие обновления. Утверждение не публикует товар: опубликуйте его на странице товара, когда его можно продавать.",
    emptyHeading: "Ничто не ждёт утверждения",
    emptyDescription:
      "Товары, созданные импортом, появляются здесь, пока вы их не утвердите.",
    approveSelected: "Утвердить",
    approvedToast_one:
      "Утверждён {{count}} товар. Он остаётся черновиком, пока вы его не опубликуете.",
    approvedToast_few:
      "Утверждено {{count}} товара. Они остаются черновиками, пока вы их не опубликуете.",
    approvedToast_many:
      "Утверждено {{count}} товаров. Они остаются черновиками, пока вы их не опубликуете.",
    approvedToast_other:
      "Утверждено {{count}} товара. Они остаются черновиками, пока вы их не опубликуете.",
    selected_one: "Выбрано: {{count}}",
    selected_few: "Выбрано: {{count}}",
    selected_many: "Выбрано: {{count}}",
    selected_other: "Выбрано: {{count}}",
    columns: {
      name: "Название",
      archideliveryId: "ID в ArchiDelivery",
      price: "Цена",
      weight: "Вес",
      importedAt: "Импортирован",
    },
  },
  product: {
    title: "ArchiDelivery",
    archideliveryId: "ID в ArchiDelivery",
    approval: "Утверждение",
    approved: "Утверждён",
    notApproved: "Не утверждён",
    notApprovedHint:
      "Изменения из ArchiDelivery не применяются, пока вы не утвердите товар. Утверждение не публикует товар.",
    approve: "Утвердить",
    unapprove: "Отменить утверждение",
    approvedToast:
      "Товар утверждён. Следующие импорты будут его обновлять; опубликуйте его, когда его можно продавать.",
    unapprovedToast:
      "Утверждение отменено. Импорты не будут менять этот товар.",
    importedName: "Название в ArchiDelivery",
    importedPrice: "Цена в ArchiDelivery",
    importedWeight: "Вес",
    importedAt: "Последний импорт",
    missing:
      "Этого блюда больше нет в меню ArchiDelivery. Товар сохранён; снимите его с публикации, если его не следует продавать.",
    missingBadge: "Нет в меню",
  },
  orderStatus: {
    queued: "В очереди",
    sending: "Отправляется",
    sent: "Отправлен",
    failed: "Ошибка",
    needs_review: "Требует проверки",
    cancelled: "Отменён",
  },
  kitchenStatus: {
    "2": "Принят",
    "3": "Код 3 — без названия в ArchiDelivery",
    "4": "Готовится",
    "5": "Собран",
    "6": "Передан курьеру",
    "7": "Выполнен",
    "9": "Доставлен",
    "12": "Новый, с сайта",
    unknown: "Код {{code}}",
  },
  outcome: {
    sent: "Отправлен",
    unreachable: "Недоступен",
    ping_failed: "Недоступен",
    rejected: "Отклонён",
    unknown_outcome: "Результат неизвестен",
    invalid_reply: "Непонятный ответ",
    invalid_data: "Нельзя отправить",
    internal_error: "Внутренняя ошибка",
    lease_expired: "Отправка прервана",
    reconciled_found: "Найден в ArchiDelivery",
    reconciled_absent: "Не найден в ArchiDelivery",
    reconcile_pending: "Идёт поиск",
    reconcile_unreachable: "Поиск: недоступен",
    reconcile_undecidable: "Поиск без результата",
    needs_review: "Передан на проверку",
    manual_retry: "Отправлен ещё раз администратором",
    manual_resolve: "Отмечен отправленным администратором",
    reconcile_no_answer: "Поиск без пригодного ответа",
    cancelled: "Отменён в магазине",
    cancelled_after_send: "Отменён после отправки",
    cancelled_in_doubt: "Отменён, возможно уже на кухне",
    cancelled_while_sending: "Отменён во время отправки",
    id_reused: "Номер ArchiDelivery выдан повторно",
    archidelivery_id_reused: "Номер ArchiDelivery выдан повторно",
  },
  order: {
    title: "ArchiDelivery",
    notQueued:
      "Этого заказа нет в очереди ArchiDelivery. Заказы, оформленные после установки плагина, встают в очередь автоматически.",
    archideliveryOrderId: "Заказ в ArchiDelivery",
    kitchenStatus: "Статус на кухне",
    attempts: "Попытки",
    nextAttempt: "Следующая попытка",
    errorTitle: {
      queued: "ArchiDelivery не ответил; заказ будет отправлен ещё раз.",
      failed: "ArchiDelivery не принял заказ.",
      needs_review:
        "Неизвестно, получил ли ArchiDelivery заказ. Проверьте там: если он есть — укажите его №, если нет — отправьте ещё раз.",
      default: "Последняя ошибка",
      cancelled: "Отменён в магазине; в ArchiDelivery не отправлялся.",
    },
    showReply: "Показать ответ ArchiDelivery",
    attemptsTitle: "Попытки",
    attemptsDescription: "Каждая попытка отправить заказ, сначала новые.",
    noAttempts: "Попыток ещё не было.",
    request: "Запрос",
    reply: "Ответ ArchiDelivery",
    noReply: "Ответ не получен.",
    retry: "Отправить ещё раз",
    retriedToast: "Заказ снова в очереди и отправляется.",
    resolve: "Указать № в ArchiDelivery",
    resolveTitle: "Отметить отправленным",
    resolveDescription:
      "Найдите заказ в ArchiDelivery (его комментарий заканчивается на {{marker}}) и введите его номер. Заказ будет отмечен отправленным и больше не будет отправляться.",
    resolvedToast: "Заказ отмечен отправленным.",
    idReusedTitle: "ArchiDelivery выдал этот номер и другому заказу",
    idReused:
      "ArchiDelivery снова выдал номер заказа {{id}} (его база была восстановлена или заменена). Заказ отправлен один раз и повторно отправлен не будет; проверьте в ArchiDelivery, какой заказ теперь под этим номером. Другой заказ назван в списке попыток.",
    warningsTitle: "Отправлен как есть: сверьте с кухней",
    warning: {
      phone_unusable:
        "Телефон «{{value}}» — недействительный номер; ArchiDelivery получил его так, как ввёл покупатель. Сообщите кухне правильный номер.",
    },
  },
  linkStatus: {
    linked: "Привязан",
    pending: "Привязывается",
    failed: "Ошибка",
    unlinked: "Не привязан",
  },
  linkedBy: {
    order: "через заказ",
    customer: "при регистрации или смене телефона",
    admin: "администратором",
    bulk: "привязкой всех покупателей",
  },
  customer: {
    sharedWith: "Тот же клиент, что и",
    address: {
      flat: "кв. {{value}}",
      entrance: "подъезд {{value}}",
      floor: "этаж {{value}}",
    },
    title: "ArchiDelivery",
    notLinked: "Этот покупатель ещё не привязан к клиенту ArchiDelivery.",
    ambiguous:
      "Этот телефон есть у нескольких клиентов ArchiDelivery. Выбран один; проверьте, тот ли это человек.",
    clientId: "ID клиента",
    phone: "Телефон",
    linkedBy: "Привязан",
    clientData: "В ArchiDelivery",
    clientName: "Имя",
    clientPhone: "Телефон",
    clientEmail: "Эл. почта",
    clientAddress: "Адрес",
    clientUnavailable:
      "Не удалось получить данные из ArchiDelivery: {{reason}}",
    clientUnknown: "ArchiDelivery не вернул данных об этом клиенте.",
    link: "Привязать",
    relink: "Привязать заново",
    relinkedToast: "Привязка выполнена. Результат показан здесь.",
    unlink: "Отвязать",
    unlinkTitle: "Отвязать этого покупателя?",
    unlinkDescription:
      "Для следующего заказа клиент будет снова искаться по телефону. В ArchiDelivery ничего не изменится.",
    unlinkedToast: "Покупатель отвязан.",
  },
  settings: {
    menuLabel: "ArchiDelivery",
    title: "ArchiDelivery",
    subtitle:
      "Соединение, очередь заказов, импорт меню и привязки покупателей к клиентам.",
    health: {
      title: "Соединение",
      subtitle: "Отвечает ли ArchiDelivery сейчас.",
      reachable: "Доступен",
      unreachable: "Недоступен",
      check: "Проверить снова",
      version: "Версия",
      latency: "Время ответа",
      checkedAt: "Проверено",
      lastSuccess: "Последняя успешная связь",
      lockingFailed:
        "Блокировка очереди заказов не работает ({{error}}): заказы не отправляются, пока провайдер блокировок (например, Redis) не заработает.",
      lookup: "Поиск заказов",
      lookupProven: "Проверен",
      lookupUnproven: "Не проверен",
      lookupProvenAt: "Последнее подтверждение",
      lookupHelp:
        "Проверяется на заказах, которые уже на кухне. Пока поиск не проверен, заказ с неудачной отправкой никогда не отправляется повторно как отсутствующий: он ждёт вас.",
    },
    queue: {
      title: "Очередь заказов",
      subtitle: "Заказы на пути к кухне. Заказы с ошибкой ждут вашего решения.",
      syncNow: "Отправить очередь сейчас",
      syncedToast:
        "Попыток: {{attempted}}. Отправлено: {{sent}}, в очереди: {{queued}}, с ошибкой: {{failed}}, на проверку: {{needs_review}}.",
      retrySelected: "Отправить ещё раз",
      retriedToast_one: "{{count}} заказ снова в очереди.",
      retriedToast_few: "{{count}} заказа снова в очереди.",
      retriedToast_many: "{{count}} заказов снова в очереди.",
      retriedToast_other: "{{count}} заказа снова в очереди.",
      retryPartial_one: "{{count}} заказ не удалось отправить ещё раз.",
      retryPartial_few: "{{count}} заказа не удалось отправить ещё раз.",
      retryPartial_many: "{{count}} заказов не удалось отправить ещё раз.",
      retryPartial_other: "{{count}} заказа не удалось отправить ещё раз.",
      reviewHint:
        "Проверьте эти заказы в ArchiDelivery: для тех, что там есть, укажите их №, остальные отправьте ещё раз.",
      columns: {
        order: "Заказ",
        attempts: "Попытки",
        message: "Сообщение",
        updated: "Обновлён",
        status: "Статус",
      },
      empty: {
        failed: "Заказов с ошибкой нет.",
        needs_review: "Нет заказов, требующих проверки.",
        default: "Заказов нет.",
        cancelled: "Отменённых заказов нет.",
      },
    },
    imports: {
      title: "Импорт меню",
      subtitle: "Все импорты с отчётами, сначала новые.",
      empty: "Импортов ещё не было. Начните импорт на странице товаров.",
      summary:
        "В меню: {{fetched}} · создано: {{created}} · обновлено: {{updated}} · с ошибками: {{invalid}} · нет в меню: {{missing}}",
      columns: {
        started: "Начат",
        status: "Состояние",
        duration: "Длительность",
        summary: "Результат",
      },
    },
    customers: {
      title: "Покупатели",
      subtitle:
        "Привязки покупателей магазина к клиентам ArchiDelivery по телефону.",
      linkAll: "Привязать всех покупателей",
      startedToast_one: "В фоне привязывается {{count}} покупатель.",
      startedToast_few: "В фоне привязываются {{count}} покупателя.",
      startedToast_many: "В фоне привязываются {{count}} покупателей.",
      startedToast_other: "В фоне привязываются {{count}} покупателя.",
      progress: "Обработано покупателей: {{done}} из {{total}}",
      linkedCount_one: "привязано: {{count}}",
      linkedCount_few: "привязано: {{count}}",
      linkedCount_many: "привязано: {{count}}",
      linkedCount_other: "привязано: {{count}}",
      failedCount_one: "ошибок: {{count}}",
      failedCount_few: "ошибок: {{count}}",
      failedCount_many: "ошибок: {{count}}",
      failedCount_other: "ошибок: {{count}}",
      ambiguousCount_one: "на проверку: {{count}}",
      ambiguousCount_few: "на проверку: {{count}}",
      ambiguousCount_many: "на проверку: {{count}}",
      ambiguousCount_other: "на проверку: {{count}}",
      reviewTitle: "Ждут проверки",
      reviewSubtitle:
        "Покупатели, чей телефон совпал с несколькими клиентами ArchiDelivery.",
      empty: "Ни один покупатель не ждёт проверки.",
      columns: {
        customer: "Покупатель",
        candidates: "Совпадения",
        linkedAt: "Привязан",
      },
    },
    config: {
      title: "Настройки",
      subtitle:
        "Как плагин работает с вашим ArchiDelivery. Это задаёт в medusa-config тот, кто устанавливал магазин; секретные значения заголовков не показываются.",
      url: "Адрес сервера",
      encoding: "Кодировка",
      replyCharset: "Чтение ответов",
      replyCharsets: {
        auto: "По их байтам (UTF-8 или CP1251)",
        utf8: "Всегда UTF-8",
        cp1251: "Всегда CP1251",
      },
      timeouts: "Ожидание ArchiDelivery",
      timeoutsValue: "соединения {{connect}}, ответа {{reply}}",
      headers: "Дополнительные заголовки",
      headersHidden: "значения скрыты",
      pointId: "Точка (филиал)",
      cityName: "Город по умолчанию",
      currency: "Валюта",
      itemFormat: "Формат позиций заказа",
      itemFormats: {
        legacy: "Классический (ID#количество)",
        json: "JSON (ArchiDelivery 1.5.8 и новее)",
      },
      orderTypes: "Типы заказов",
      orderTypesValue: "доставка {{delivery}}, самовывоз {{pickup}}",
      paymentTypes: "Типы оплаты",
      onlinePayments: "Оплата онлайн",
      phone: "Телефоны",
      phoneValue: "формат {{format}}, страна {{defaultCountry}}",
      menuFields: "Поля меню",
      sending: "Отправка заказов",
      sendingValue: {
        auto: "Автоматически: каждый заказ уходит на кухню сразу после оформления, а очередь проверяется ещё раз каждую минуту.",
        jobsOnly:
          "Каждую минуту: заказы попадают на кухню в течение минуты после оформления.",
        placeOnly:
          "При оформлении: заказ сразу уходит на кухню, а вместе с ним — те, что ещё ждут в очереди.",
        manual:
          "Не автоматически: ни один заказ не попадёт на кухню, пока кто-нибудь не нажмёт «Отправить очередь сейчас».",
      },
      sendingWarning: {
        placeOnly:
          "Ежеминутная проверка выключена: заказ, который не удалось отправить, будет ждать следующего заказа или нажатия «Отправить очередь сейчас», а статусы с кухни не отслеживаются.",
        manual:
          "Автоматическая отправка выключена: новые заказы ждут в очереди, пока кто-нибудь не нажмёт «Отправить очередь сейчас», а статусы с кухни не отслеживаются.",
      },
      queue: "Параметры очереди",
      queueValue:
        "заказов за раз {{batch}}, одновременно {{concurrency}}, блокировка заказа {{lease}}, самая долгая пауза между попытками {{backoff}}",
      delivery: "Доставка",
      deliveryValue:
        "стоимость {{fee}}, бесплатно от {{freeFrom}}, минимальный заказ {{minimum}}",
      deliveryValueNoFree:
        "стоимость {{fee}}, бесплатной доставки нет, минимальный заказ {{minimum}}",
      statusCodes: "Коды статусов",
      statusCodesValue:
        "отгружен {{shipped}}, доставлен {{delivered}}, финальные {{final}}",
      phoneTemplateValue:
        "шаблон {{template}} (другие страны: {{format}}), страна {{defaultCountry}}",
      doorphone: "Домофон (doorphone)",
      doorphones: {
        flag: "флажок 1/0, код в комментарии",
        code: "сам код",
      },
    },
  },
  cancelledFlag: {
    after_send:
      "Отменён в магазине после того, как ArchiDelivery его получил: сообщите кухне",
    in_doubt:
      "Отменён в магазине; возможно, ArchiDelivery его уже получил: уточните на кухне",
  },
  serverCheck: {
    title: "Проверить сервер",
    subtitle:
      "Проверка только чтением: как отвечает ваш ArchiDelivery и что настроить. На кухню ничего не записывается.",
    run: "Проверить сервер",
    copy: "Копировать как текст",
    copiedToast: "Отчёт скопирован. Вставьте его в письмо в поддержку.",
    phoneHint:
      "По желанию — телефон клиента, который есть в ArchiDelivery, чтобы увидеть, находятся ли покупатели по телефону.",
    phonePlaceholder: "Телефон (необязательно)",
    none: "Ещё не проверено. Проверка задаёт ArchiDelivery только вопросы на чтение.",
    hasProblems:
      "Некоторые находки — проблемы: настройте то, что сказано в каждой, и проверьте снова.",
    evidence: "Что увидела проверка",
    levels: {
      ok: "В порядке",
      warning: "Внимание",
      problem: "Проблема",
    },
    textContentType: "Content-Type текстовых ответов",
    declaredCharset: "Заявленная кодировка",
    detectedCharset: "Кодировка байтов",
    dataShape: "Форма DATA",
    menuRows: "Меню",
    menuSummary: "строк: {{rows}}; поля {{fields}}",
    suggestedMapping: "Предлагаемые menuFields",
    mappingOk: "menuFields работают как настроено",
    points: "Точки",
    lookup: "Поиск заказов",
    proven: "доказано",
    notProven: "не доказано",
    checkedAt: "Проверено",
  },
  modifiers: modifiersRu,
}
