import { modifiersUk } from "./modifiers/uk"
// Ukrainian. Plural keys need one, few, many and other (Intl.PluralRules "uk").
// Counts stand after a label ("Оброблено: 3 з 21") wherever no plural key says them.
export const uk = {
  actions: {
    tryAgain: "Спробувати ще раз",
  },
  errors: {
    unauthorized: "Сеанс завершився. Увійдіть знову.",
    network: "Не вдалося зв'язатися із сервером. Перевірте з'єднання.",
    generic: "Запит не вдався (HTTP {{status}}).",
  },
  units: {
    grams: "{{value}}\u00a0г",
    ms: "{{value}}\u00a0мс",
    seconds: "{{value}}\u00a0с",
  },
  serverErrors: {
    order_not_queued: "Цього замовлення немає в черзі ArchiDelivery.",
    retry_refused:
      "Стан замовлення зараз «{{status}}»; надіслати ще раз можна лише замовлення з помилкою або ті, що потребують перевірки.",
    resolve_refused:
      "Стан замовлення зараз «{{status}}»; позначити надісланим можна лише замовлення, що потребує перевірки.",
    order_id_taken:
      "Замовлення ArchiDelivery № {{archidelivery_order_id}} вже належить іншому замовленню магазину ({{display_id}}).",
    drain_running:
      "Замовлення саме надсилаються. Зачекайте трохи й спробуйте ще раз.",
  },
  orderProblems: {
    title: "Замовлення не можна надіслати, доки це не виправлено:",
    no_items: "У замовленні немає позицій.",
    not_on_menu:
      "«{{item}}» немає в меню: прив'яжіть товар до позиції меню ArchiDelivery.",
    bad_quantity: "«{{item}}»: кількість {{quantity}} не є цілим числом.",
    no_display_id: "Замовлення не має номера, яким позначити коментар.",
    bad_phone: "Телефон «{{phone}}» не є правильним номером.",
    no_phone: "У замовленні немає телефону.",
    bad_delivery_time:
      "Час доставки «{{value}}» ({{field}}) не є датою й часом.",
    no_client_name:
      "У замовленні немає імені чи ел. пошти, щоб створити клієнта.",
    order_gone: "Цього замовлення вже немає в магазині.",
  },
  archideliveryWords: "Як записано (слова ArchiDelivery наведено без змін)",
  import: {
    title: "Меню ArchiDelivery",
    subtitle:
      "Нові страви з'являються як приховані чернетки; затверджені товари отримують назви й ціни з ArchiDelivery.",
    start: "Імпортувати з ArchiDelivery",
    startedToast:
      "Імпорт розпочато. Можна працювати далі — хід імпорту видно тут.",
    alreadyRunning:
      "Імпорт уже виконується. Його хід показано тут; новий можна почати, коли він завершиться.",
    finishedToast: "Імпорт завершено. Звіт готовий.",
    failedToast: "Імпорт не вдався. Причину наведено у звіті.",
    none: "Імпортів ще не було. Імпортуйте меню, щоб створити чернетки товарів для його страв.",
    running: "Імпорт триває…",
    last: "Останній імпорт",
    progress: "Оброблено рядків меню: {{done}} з {{total}}",
    openReport: "Переглянути звіт",
  },
  importStatus: {
    running: "Виконується",
    completed: "Завершено",
    failed: "Помилка",
  },
  totals: {
    fetched: "У меню",
    created: "Створено",
    updated: "Оновлено",
    unchanged: "Без змін",
    skipped_unapproved: "Не затверджені, не змінено",
    invalid: "Рядки з помилками",
    missing: "Немає в меню",
  },
  report: {
    title: "Звіт імпорту",
    description: "Підсумки та кожен рядок меню, імпортований із зауваженням.",
    started: "Почато {{date}}",
    finished: "завершено {{date}}",
    noItems: "Усі рядки меню імпортовано без зауважень.",
    openProduct: "Відкрити товар",
    columns: {
      archideliveryId: "ID в ArchiDelivery",
      name: "Назва",
      action: "Результат",
      message: "Подробиці",
      product: "Товар",
    },
    actions: {
      created: "Створено",
      updated: "Оновлено",
      unchanged: "Без змін",
      skipped_unapproved: "Не затверджено, не змінено",
      invalid: "Рядок з помилкою",
      missing: "Немає в меню",
      adopted: "Прив'язано до наявного товару",
      recreated: "Створено заново",
      no_variant: "Ціну не встановлено",
      failed: "Помилка",
    },
    messages: {
      row_not_object: "Рядок не є рядком меню: {{value}}",
      id_missing: "Немає ID ({{field}}).",
      id_invalid: "ID ({{field}}) не є ідентифікатором: {{value}}",
      name_empty: "Назва ({{field}}) порожня.",
      name_invalid: "Назва ({{field}}) не є текстом: {{value}}",
      price_missing: "Немає ціни ({{field}}).",
      price_invalid: "Ціна ({{field}}) не є числом: {{value}}",
      price_negative: "Ціна ({{field}}) від'ємна: {{value}}",
      weight_invalid: "Вага ({{field}}) не в грамах: {{value}}",
      duplicate_id: "ID {{id}} трапляється кілька разів (рядки {{rows}}).",
      recreated: "Прив'язаний товар видалено в Medusa; створено нову чернетку.",
      adopted:
        "До страви прив'язано наявний товар ({{external_id}}); його не затверджено.",
      unapproved_changes:
        "Товар не затверджено, тому зміни з ArchiDelivery не застосовано: {{changes}}",
      changeName: "назва «{{from}}» → «{{to}}»",
      changePrice: "ціна {{from}} → {{to}}",
      no_variant: "У товару немає варіанта, тому ціну не встановлено.",
      missing_since: "Немає в меню ArchiDelivery з {{since}}.",
    },
  },
  approval: {
    title: "Чекають затвердження",
    subtitle:
      "Затверджуйте товари, коли фото й описи готові; лише затверджені товари отримують подальші оновлення. Затвердження не публікує товар: опублікуйте його на сторінці товару, коли його можна продавати.",
    emptyHeading: "Нічого не чекає затвердження",
    emptyDescription:
      "Товари, створені імпортом, з'являються тут, доки ви їх не затвердите.",
    approveSelected: "Затвердити",
    approvedToast_one:
      "Затверджено {{count}} товар. Він лишається чернеткою, доки ви його не опублікуєте.",
    approvedToast_few:
      "Затверджено {{count}} товари. Вони лишаються чернетками, доки ви їх не опублікуєте.",
    approvedToast_many:
      "Затверджено {{count}} товарів. Вони лишаються чернетками, доки ви їх не опублікуєте.",
    approvedToast_other:
      "Затверджено {{count}} товару. Вони лишаються чернетками, доки ви їх не опублікуєте.",
    selected_one: "Вибрано: {{count}}",
    selected_few: "Вибрано: {{count}}",
    selected_many: "Вибрано: {{count}}",
    selected_other: "Вибрано: {{count}}",
    columns: {
      name: "Назва",
      archideliveryId: "ID в ArchiDelivery",
      price: "Ціна",
      weight: "Вага",
      importedAt: "Імпортовано",
    },
  },
  product: {
    title: "ArchiDelivery",
    archideliveryId: "ID в ArchiDelivery",
    approval: "Затвердження",
    approved: "Затверджено",
    notApproved: "Не затверджено",
    notApprovedHint:
      "Зміни з ArchiDelivery не застосовуються, доки ви не затвердите товар. Затвердження не публікує товар.",
    approve: "Затвердити",
    unapprove: "Скасувати затвердження",
    approvedToast:
      "Товар затверджено. Наступні імпорти його оновлюватимуть; опублікуйте його, коли його можна продавати.",
    unapprovedToast:
      "Затвердження скасовано. Імпорти не змінюватимуть цей товар.",
    importedName: "Назва в ArchiDelivery",
    importedPrice: "Ціна в ArchiDelivery",
    importedWeight: "Вага",
    importedAt: "Останній імпорт",
    missing:
      "Цієї страви більше немає в меню ArchiDelivery. Товар збережено; зніміть його з публікації, якщо його не слід продавати.",
    missingBadge: "Немає в меню",
  },
  orderStatus: {
    queued: "У черзі",
    sending: "Надсилається",
    sent: "Надіслано",
    failed: "Помилка",
    needs_review: "Потребує перевірки",
    cancelled: "Скасовано",
  },
  kitchenStatus: {
    "2": "Прийнято",
    "3": "Код 3 — без назви в ArchiDelivery",
    "4": "Готується",
    "5": "Зібрано",
    "6": "Передано кур'єру",
    "7": "Виконано",
    "9": "Доставлено",
    "12": "Нове, з сайту",
    unknown: "Код {{code}}",
  },
  outcome: {
    sent: "Надіслано",
    unreachable: "Недоступний",
    ping_failed: "Недоступний",
    rejected: "Відхилено",
    unknown_outcome: "Результат невідомий",
    invalid_reply: "Незрозуміла відповідь",
    invalid_data: "Не можна надіслати",
    internal_error: "Внутрішня помилка",
    lease_expired: "Надсилання перервано",
    reconciled_found: "Знайдено в ArchiDelivery",
    reconciled_absent: "Не знайдено в ArchiDelivery",
    reconcile_pending: "Триває пошук",
    reconcile_unreachable: "Пошук: недоступний",
    reconcile_undecidable: "Пошук без висновку",
    needs_review: "Передано на перевірку",
    manual_retry: "Надіслано ще раз адміністратором",
    manual_resolve: "Позначено надісланим адміністратором",
    reconcile_no_answer: "Пошук без придатної відповіді",
    cancelled: "Скасовано в магазині",
    cancelled_after_send: "Скасовано після надсилання",
    cancelled_in_doubt: "Скасовано, можливо вже на кухні",
    cancelled_while_sending: "Скасовано під час надсилання",
    id_reused: "Номер ArchiDelivery видано повторно",
    archidelivery_id_reused: "Номер ArchiDelivery видано повторно",
  },
  cancelledFlag: {
    after_send:
      "Скасовано в магазині після того, як ArchiDelivery його отримав: повідомте кухню",
    in_doubt:
      "Скасовано в магазині; можливо, ArchiDelivery його вже має: уточніть на кухні",
  },
  order: {
    title: "ArchiDelivery",
    notQueued:
      "Цього замовлення немає в черзі ArchiDelivery. Замовлення, оформлені після встановлення плагіна, стають у чергу автоматично.",
    archideliveryOrderId: "Замовлення в ArchiDelivery",
    kitchenStatus: "Статус на кухні",
    attempts: "Спроби",
    nextAttempt: "Наступна спроба",
    idReusedTitle: "ArchiDelivery дав цей номер ще й іншому замовленню",
    idReused:
      "ArchiDelivery повторно видав номер замовлення {{id}} (його базу даних відновили або замінили). Замовлення надіслано один раз і більше не надсилатиметься; перевірте в ArchiDelivery, якому замовленню належить номер тепер. Інше замовлення названо в списку спроб.",
    errorTitle: {
      queued: "ArchiDelivery не відповів; замовлення буде надіслано ще раз.",
      failed: "ArchiDelivery не прийняв замовлення.",
      needs_review:
        "Невідомо, чи отримав ArchiDelivery замовлення. Перевірте там: якщо воно є — вкажіть його №, якщо немає — надішліть ще раз.",
      cancelled: "Скасовано в магазині; до ArchiDelivery не надсилалося.",
      default: "Остання помилка",
    },
    warningsTitle: "Надіслано як є: перевірте разом із кухнею",
    warning: {
      phone_unusable:
        "Телефон «{{value}}» — не дійсний номер; ArchiDelivery отримав його так, як ввів покупець. Передайте кухні правильний номер.",
    },
    showReply: "Показати відповідь ArchiDelivery",
    attemptsTitle: "Спроби",
    attemptsDescription:
      "Кожна спроба надіслати замовлення, спочатку найновіші.",
    noAttempts: "Спроб ще не було.",
    request: "Запит",
    reply: "Відповідь ArchiDelivery",
    noReply: "Відповіді не отримано.",
    retry: "Надіслати ще раз",
    retriedToast: "Замовлення знову в черзі й надсилається.",
    resolve: "Вказати № в ArchiDelivery",
    resolveTitle: "Позначити надісланим",
    resolveDescription:
      "Знайдіть замовлення в ArchiDelivery (його коментар закінчується на {{marker}}) і введіть його номер. Замовлення буде позначено надісланим і більше не надсилатиметься.",
    resolvedToast: "Замовлення позначено надісланим.",
  },
  linkStatus: {
    linked: "Прив'язано",
    pending: "Прив'язується",
    failed: "Помилка",
    unlinked: "Не прив'язано",
  },
  linkedBy: {
    order: "через замовлення",
    customer: "під час реєстрації чи зміни телефону",
    admin: "адміністратором",
    bulk: "прив'язуванням усіх покупців",
  },
  customer: {
    sharedWith: "Той самий клієнт, що й",
    address: {
      flat: "кв. {{value}}",
      entrance: "під'їзд {{value}}",
      floor: "поверх {{value}}",
    },
    title: "ArchiDelivery",
    notLinked: "Цього покупця ще не прив'язано до клієнта ArchiDelivery.",
    ambiguous:
      "Цей телефон мають кілька клієнтів ArchiDelivery. Вибрано одного; перевірте, чи це та сама людина.",
    clientId: "ID клієнта",
    phone: "Телефон",
    linkedBy: "Прив'язано",
    clientData: "В ArchiDelivery",
    clientName: "Ім'я",
    clientPhone: "Телефон",
    clientEmail: "Ел. пошта",
    clientAddress: "Адреса",
    clientUnavailable: "Не вдалося отримати дані з ArchiDelivery: {{reason}}",
    clientUnknown: "ArchiDelivery не повернув даних про цього клієнта.",
    link: "Прив'язати",
    relink: "Прив'язати заново",
    relinkedToast: "Прив'язування виконано. Результат показано тут.",
    unlink: "Відв'язати",
    unlinkTitle: "Відв'язати цього покупця?",
    unlinkDescription:
      "Для наступного замовлення клієнта буде знову шукано за телефоном. В ArchiDelivery нічого не зміниться.",
    unlinkedToast: "Покупця відв'язано.",
  },
  serverCheck: {
    title: "Перевірити сервер",
    subtitle:
      "Перевірка лише читанням: як відповідає ваш ArchiDelivery і що налаштувати. На кухню нічого не записується.",
    run: "Перевірити сервер",
    copy: "Копіювати як текст",
    copiedToast: "Звіт скопійовано. Вставте його в лист до підтримки.",
    phoneHint:
      "За бажанням — телефон клієнта, що є в ArchiDelivery, щоб побачити, чи знаходяться покупці за телефоном.",
    phonePlaceholder: "Телефон (необов'язково)",
    none: "Ще не перевірено. Перевірка ставить ArchiDelivery лише запитання на читання.",
    hasProblems:
      "Деякі знахідки — проблеми: налаштуйте те, що сказано в кожній, і перевірте знову.",
    evidence: "Що побачила перевірка",
    levels: {
      ok: "Гаразд",
      warning: "Увага",
      problem: "Проблема",
    },
    textContentType: "Content-Type текстових відповідей",
    declaredCharset: "Заявлене кодування",
    detectedCharset: "Кодування байтів",
    dataShape: "Форма DATA",
    menuRows: "Меню",
    menuSummary: "рядків: {{rows}}; поля {{fields}}",
    suggestedMapping: "Запропоновані menuFields",
    mappingOk: "menuFields працюють як налаштовано",
    points: "Точки",
    lookup: "Пошук замовлень",
    proven: "доведено",
    notProven: "не доведено",
    checkedAt: "Перевірено",
  },
  settings: {
    menuLabel: "ArchiDelivery",
    title: "ArchiDelivery",
    subtitle:
      "З'єднання, черга замовлень, імпорт меню та прив'язки покупців до клієнтів.",
    health: {
      title: "З'єднання",
      subtitle: "Чи відповідає ArchiDelivery зараз.",
      reachable: "Доступний",
      unreachable: "Недоступний",
      check: "Перевірити ще раз",
      version: "Версія",
      latency: "Час відповіді",
      checkedAt: "Перевірено",
      lastSuccess: "Останній успішний зв'язок",
      lockingFailed:
        "Блокування черги замовлень не працює ({{error}}): замовлення не надсилаються, доки провайдер блокувань (напр. Redis) не запрацює.",
      lookup: "Пошук замовлень",
      lookupProven: "Перевірено",
      lookupUnproven: "Не перевірено",
      lookupProvenAt: "Востаннє підтверджено",
      lookupHelp:
        "Перевіряється на замовленнях, які вже на кухні. Доки пошук не перевірено, замовлення з невдалим надсиланням ніколи не надсилається повторно як відсутнє: воно чекає на вас.",
    },
    queue: {
      title: "Черга замовлень",
      subtitle:
        "Замовлення на шляху до кухні. Замовлення з помилкою чекають на ваше рішення.",
      syncNow: "Надіслати чергу зараз",
      syncedToast:
        "Спроб: {{attempted}}. Надіслано: {{sent}}, у черзі: {{queued}}, з помилкою: {{failed}}, на перевірку: {{needs_review}}.",
      retrySelected: "Надіслати ще раз",
      retriedToast_one: "{{count}} замовлення знову в черзі.",
      retriedToast_few: "{{count}} замовлення знову в черзі.",
      retriedToast_many: "{{count}} замовлень знову в черзі.",
      retriedToast_other: "{{count}} замовлення знову в черзі.",
      retryPartial_one: "{{count}} замовлення не вдалося надіслати ще раз.",
      retryPartial_few: "{{count}} замовлення не вдалося надіслати ще раз.",
      retryPartial_many: "{{count}} замовлень не вдалося надіслати ще раз.",
      retryPartial_other: "{{count}} замовлення не вдалося надіслати ще раз.",
      reviewHint:
        "Перевірте ці замовлення в ArchiDelivery: для тих, що там є, вкажіть їхній №, решту надішліть ще раз.",
      columns: {
        order: "Замовлення",
        attempts: "Спроби",
        message: "Повідомлення",
        updated: "Оновлено",
        status: "Статус",
      },
      empty: {
        failed: "Замовлень з помилкою немає.",
        needs_review: "Немає замовлень, що потребують перевірки.",
        cancelled: "Скасованих замовлень немає.",
        default: "Замовлень немає.",
      },
    },
    imports: {
      title: "Імпорт меню",
      subtitle: "Усі імпорти зі звітами, спочатку найновіші.",
      empty: "Імпортів ще не було. Почніть імпорт на сторінці товарів.",
      summary:
        "У меню: {{fetched}} · створено: {{created}} · оновлено: {{updated}} · з помилками: {{invalid}} · немає в меню: {{missing}}",
      columns: {
        started: "Почато",
        status: "Стан",
        duration: "Тривалість",
        summary: "Результат",
      },
    },
    customers: {
      title: "Покупці",
      subtitle:
        "Прив'язки покупців магазину до клієнтів ArchiDelivery за телефоном.",
      linkAll: "Прив'язати всіх покупців",
      startedToast_one: "У фоні прив'язується {{count}} покупець.",
      startedToast_few: "У фоні прив'язуються {{count}} покупці.",
      startedToast_many: "У фоні прив'язуються {{count}} покупців.",
      startedToast_other: "У фоні прив'язуються {{count}} покупця.",
      progress: "Оброблено покупців: {{done}} з {{total}}",
      linkedCount_one: "прив'язано: {{count}}",
      linkedCount_few: "прив'язано: {{count}}",
      linkedCount_many: "прив'язано: {{count}}",
      linkedCount_other: "прив'язано: {{count}}",
      failedCount_one: "помилок: {{count}}",
      failedCount_few: "помилок: {{count}}",
      failedCount_many: "помилок: {{count}}",
      failedCount_other: "помилок: {{count}}",
      ambiguousCount_one: "на перевірку: {{count}}",
      ambiguousCount_few: "на перевірку: {{count}}",
      ambiguousCount_many: "на перевірку: {{count}}",
      ambiguousCount_other: "на перевірку: {{count}}",
      reviewTitle: "Чекають перевірки",
      reviewSubtitle:
        "Покупці, чий телефон збігся з кількома клієнтами ArchiDelivery.",
      empty: "Жоден покупець не чекає перевірки.",
      columns: {
        customer: "Покупець",
        candidates: "Збіги",
        linkedAt: "Прив'язано",
      },
    },
    config: {
      title: "Налаштування",
      subtitle:
        "Як плагін працює з вашим ArchiDelivery. Це задає в medusa-config той, хто встановлював магазин; секретні значення заголовків не показуються.",
      url: "Адреса сервера",
      encoding: "Кодування",
      replyCharset: "Читання відповідей",
      replyCharsets: {
        auto: "За їхніми байтами (UTF-8 або CP1251)",
        utf8: "Завжди UTF-8",
        cp1251: "Завжди CP1251",
      },
      timeouts: "Очікування ArchiDelivery",
      timeoutsValue: "з'єднання {{connect}}, відповіді {{reply}}",
      headers: "Додаткові заголовки",
      headersHidden: "значення приховано",
      pointId: "Точка (філія)",
      cityName: "Місто за замовчуванням",
      currency: "Валюта",
      itemFormat: "Формат позицій замовлення",
      itemFormats: {
        legacy: "Класичний (ID#кількість)",
        json: "JSON (ArchiDelivery 1.5.8 і новіші)",
      },
      orderTypes: "Типи замовлень",
      orderTypesValue: "доставка {{delivery}}, самовивіз {{pickup}}",
      paymentTypes: "Типи оплати",
      onlinePayments: "Оплата онлайн",
      phone: "Телефони",
      phoneValue: "формат {{format}}, країна {{defaultCountry}}",
      phoneTemplateValue:
        "шаблон {{template}} (інші країни: {{format}}), країна {{defaultCountry}}",
      doorphone: "Домофон (doorphone)",
      doorphones: {
        flag: "прапорець 1/0, код у коментарі",
        code: "сам код",
      },
      menuFields: "Поля меню",
      sending: "Надсилання замовлень",
      sendingValue: {
        auto: "Автоматично: кожне замовлення йде на кухню одразу після оформлення, а черга перевіряється ще раз щохвилини.",
        jobsOnly:
          "Щохвилини: замовлення потрапляють на кухню протягом хвилини після оформлення.",
        placeOnly:
          "Під час оформлення: замовлення одразу йде на кухню, а разом із ним — ті, що ще чекають у черзі.",
        manual:
          "Не автоматично: жодне замовлення не потрапить на кухню, доки хтось не натисне «Надіслати чергу зараз».",
      },
      sendingWarning: {
        placeOnly:
          "Щохвилинну перевірку вимкнено: замовлення, яке не вдалося надіслати, чекатиме наступного замовлення або натискання «Надіслати чергу зараз», а статуси з кухні не відстежуються.",
        manual:
          "Автоматичне надсилання вимкнено: нові замовлення чекають у черзі, доки хтось не натисне «Надіслати чергу зараз», а статуси з кухні не відстежуються.",
      },
      queue: "Параметри черги",
      queueValue:
        "замовлень за раз {{batch}}, одночасно {{concurrency}}, блокування замовлення {{lease}}, найдовша пауза між спробами {{backoff}}",
      delivery: "Доставка",
      deliveryValue:
        "вартість {{fee}}, безкоштовно від {{freeFrom}}, мінімальне замовлення {{minimum}}",
      deliveryValueNoFree:
        "вартість {{fee}}, безкоштовної доставки немає, мінімальне замовлення {{minimum}}",
      statusCodes: "Коди статусів",
      statusCodesValue:
        "відправлено {{shipped}}, доставлено {{delivered}}, фінальні {{final}}",
    },
  },
  modifiers: modifiersUk,
}
