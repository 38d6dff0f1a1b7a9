// English, the admin's fallback language. Every key here has a twin in each
// other language (uk.ts, ru.ts); a unit test keeps them in step. Pagination
// and common buttons come from the dashboard's own translations.
export const en = {
  actions: {
    tryAgain: "Try again",
  },
  errors: {
    unauthorized: "Your session has ended. Sign in again.",
    network: "The server could not be reached. Check your connection.",
    generic: "The request failed (HTTP {{status}}).",
  },
  // A non-breaking space keeps a number on the line of its unit.
  units: {
    grams: "{{value}}\u00a0g",
    ms: "{{value}}\u00a0ms",
    seconds: "{{value}}\u00a0s",
  },
  // Words of the server (codes with parameters) and of ArchiDelivery itself.
  serverErrors: {
    order_not_queued: "This order is not in the ArchiDelivery queue.",
    retry_refused:
      "The order is now “{{status}}”; only failed orders and orders needing review can be sent again.",
    resolve_refused:
      "The order is now “{{status}}”; only orders needing review can be marked as sent.",
    order_id_taken:
      "ArchiDelivery order {{archidelivery_order_id}} already belongs to another shop order ({{display_id}}).",
    drain_running:
      "Orders are being sent right now. Wait a moment and try again.",
  },
  orderProblems: {
    title: "The order cannot be sent until this is fixed:",
    no_items: "The order has no items.",
    not_on_menu:
      "“{{item}}” is not in the menu: link the product to an ArchiDelivery menu item.",
    bad_quantity:
      "“{{item}}”: the quantity {{quantity}} is not a whole number.",
    no_display_id: "The order has no number to mark the comment with.",
    bad_phone: "The phone “{{phone}}” is not a valid phone number.",
    no_phone: "The order has no phone number.",
    bad_delivery_time:
      "The delivery time “{{value}}” ({{field}}) is not a date and time.",
    no_client_name:
      "The order has no name or e-mail to create the client with.",
    order_gone: "The order no longer exists in the shop.",
  },
  archideliveryWords: "As recorded (ArchiDelivery's words are quoted as sent)",
  import: {
    title: "ArchiDelivery menu",
    subtitle:
      "New dishes arrive as hidden drafts; approved products follow ArchiDelivery's names and prices.",
    start: "Import from ArchiDelivery",
    startedToast: "Import started. You can keep working; progress shows here.",
    alreadyRunning:
      "An import is already running. Its progress is shown here; start another one when it ends.",
    finishedToast: "Import finished. The report is ready.",
    failedToast: "The import failed. Open the report for the reason.",
    none: "No import yet. Import the menu to create draft products for its dishes.",
    running: "Importing…",
    last: "Last import",
    progress: "Menu rows processed: {{done}} of {{total}}",
    openReport: "View report",
  },
  importStatus: {
    running: "Running",
    completed: "Completed",
    failed: "Failed",
  },
  totals: {
    fetched: "In the menu",
    created: "Created",
    updated: "Updated",
    unchanged: "Unchanged",
    skipped_unapproved: "Not approved, left unchanged",
    invalid: "Rows with errors",
    missing: "Not in the menu",
  },
  report: {
    title: "Import report",
    description: "Totals and every menu row that was not a plain success.",
    started: "Started {{date}}",
    finished: "finished {{date}}",
    noItems: "Every menu row was imported without a remark.",
    openProduct: "Open product",
    columns: {
      archideliveryId: "ArchiDelivery ID",
      name: "Name",
      action: "Result",
      message: "Details",
      product: "Product",
    },
    actions: {
      created: "Created",
      updated: "Updated",
      unchanged: "Unchanged",
      skipped_unapproved: "Not approved, left unchanged",
      invalid: "Row with errors",
      missing: "Not in the menu",
      adopted: "Linked to an existing product",
      recreated: "Created again",
      no_variant: "Price not set",
      failed: "Failed",
    },
    messages: {
      row_not_object: "The row is not a menu row: {{value}}",
      id_missing: "The ID ({{field}}) is missing.",
      id_invalid: "The ID ({{field}}) is not an ID: {{value}}",
      name_empty: "The name ({{field}}) is empty.",
      name_invalid: "The name ({{field}}) is not text: {{value}}",
      price_missing: "The price ({{field}}) is missing.",
      price_invalid: "The price ({{field}}) is not a number: {{value}}",
      price_negative: "The price ({{field}}) is negative: {{value}}",
      weight_invalid: "The weight ({{field}}) is not in grams: {{value}}",
      duplicate_id: "ID {{id}} appears more than once (rows {{rows}}).",
      recreated:
        "The linked product was deleted in Medusa; a new draft was created.",
      adopted:
        "An existing product ({{external_id}}) was linked to this dish; it is not approved.",
      unapproved_changes:
        "Not approved, so ArchiDelivery's changes were not applied: {{changes}}",
      changeName: "name “{{from}}” → “{{to}}”",
      changePrice: "price {{from}} → {{to}}",
      no_variant: "The product has no variant, so its price was not set.",
      missing_since: "Not in ArchiDelivery's menu since {{since}}.",
    },
  },
  approval: {
    title: "Awaiting approval",
    subtitle:
      "Approve products once their photos and descriptions are ready; only approved products receive later updates. Approving does not publish: publish a product on its page when it should be sold.",
    emptyHeading: "Nothing awaits approval",
    emptyDescription:
      "Products created by an import appear here until you approve them.",
    approveSelected: "Approve",
    approvedToast_one:
      "{{count}} product approved. It stays a draft until you publish it.",
    approvedToast_other:
      "{{count}} products approved. They stay drafts until you publish them.",
    selected_one: "{{count}} selected",
    selected_other: "{{count}} selected",
    columns: {
      name: "Name",
      archideliveryId: "ArchiDelivery ID",
      price: "Price",
      weight: "Weight",
      importedAt: "Imported",
    },
  },
  product: {
    title: "ArchiDelivery",
    archideliveryId: "ArchiDelivery ID",
    approval: "Approval",
    approved: "Approved",
    notApproved: "Not approved",
    notApprovedHint:
      "ArchiDelivery's changes are not applied until you approve. Approving does not publish the product.",
    approve: "Approve",
    unapprove: "Withdraw approval",
    approvedToast:
      "Product approved. Later imports will update it; publish it when it should be sold.",
    unapprovedToast:
      "Approval withdrawn. Imports will leave this product alone.",
    importedName: "Name in ArchiDelivery",
    importedPrice: "Price in ArchiDelivery",
    importedWeight: "Weight",
    importedAt: "Last imported",
    missing:
      "This dish is no longer in ArchiDelivery's menu. It was kept; unpublish it if it should not be sold.",
    missingBadge: "Not in the menu",
  },
  orderStatus: {
    queued: "Queued",
    sending: "Sending",
    sent: "Sent",
    failed: "Failed",
    needs_review: "Needs review",
    cancelled: "Cancelled",
  },
  kitchenStatus: {
    "2": "Accepted",
    "3": "Code 3 (ArchiDelivery gives it no name)",
    "4": "In progress",
    "5": "Assembled",
    "6": "With the courier",
    "7": "Completed",
    "9": "Delivered",
    "12": "New, from the website",
    unknown: "Code {{code}}",
  },
  outcome: {
    sent: "Sent",
    unreachable: "Not reachable",
    ping_failed: "Not reachable",
    rejected: "Rejected",
    unknown_outcome: "Outcome unknown",
    invalid_reply: "Unreadable reply",
    invalid_data: "Cannot be sent",
    internal_error: "Internal error",
    lease_expired: "Send interrupted",
    reconciled_found: "Found in ArchiDelivery",
    reconciled_absent: "Not found in ArchiDelivery",
    reconcile_pending: "Looking it up",
    reconcile_unreachable: "Look-up: not reachable",
    reconcile_undecidable: "Look-up inconclusive",
    needs_review: "Sent for review",
    manual_retry: "Sent again by an admin",
    manual_resolve: "Marked as sent by an admin",
    reconcile_no_answer: "Lookup got no usable answer",
    cancelled: "Cancelled in the shop",
    cancelled_after_send: "Cancelled after it was sent",
    cancelled_in_doubt: "Cancelled, may be in the kitchen",
    cancelled_while_sending: "Cancelled while being sent",
    id_reused: "ArchiDelivery id given again",
    archidelivery_id_reused: "ArchiDelivery id given again",
  },
  cancelledFlag: {
    after_send:
      "Cancelled in the shop after ArchiDelivery got it: tell the kitchen",
    in_doubt:
      "Cancelled in the shop; ArchiDelivery may have it: check with the kitchen",
  },
  order: {
    title: "ArchiDelivery",
    notQueued:
      "This order is not in the ArchiDelivery queue. Orders placed while the plugin was installed are queued automatically.",
    archideliveryOrderId: "ArchiDelivery order",
    kitchenStatus: "Kitchen status",
    attempts: "Attempts",
    nextAttempt: "Next attempt",
    idReusedTitle: "ArchiDelivery gave this number to another order too",
    idReused:
      "ArchiDelivery handed out order number {{id}} again (its database was restored or switched). The order was sent once and will not be sent again; check in ArchiDelivery which order the number means now. The attempts list names the other order.",
    errorTitle: {
      queued: "ArchiDelivery did not answer; the order will be sent again.",
      failed: "ArchiDelivery did not accept the order.",
      needs_review:
        "It is not certain whether ArchiDelivery received the order. Check it there: if it is there, enter its number; if not, send it again.",
      cancelled: "Cancelled in the shop; never sent to ArchiDelivery.",
      default: "Last error",
    },
    warningsTitle: "Sent as it was: check it with the kitchen",
    warning: {
      phone_unusable:
        'The phone "{{value}}" is not a valid number; ArchiDelivery got it as the customer typed it. Call the kitchen with the right number.',
    },
    showReply: "Show ArchiDelivery's reply",
    attemptsTitle: "Attempts",
    attemptsDescription: "Every try at sending the order, newest first.",
    noAttempts: "No attempt yet.",
    request: "Request",
    reply: "ArchiDelivery's reply",
    noReply: "No reply was received.",
    retry: "Send again",
    retriedToast: "The order was queued again and is being sent.",
    resolve: "Enter ArchiDelivery no.",
    resolveTitle: "Mark as sent",
    resolveDescription:
      "Find the order in ArchiDelivery (its comment ends with {{marker}}) and enter its number. The order is then marked as sent and will not be sent again.",
    resolvedToast: "Order marked as sent.",
  },
  linkStatus: {
    linked: "Linked",
    pending: "Linking",
    failed: "Failed",
    unlinked: "Not linked",
  },
  linkedBy: {
    order: "by an order",
    customer: "on sign-up or phone change",
    admin: "by an admin",
    bulk: "by linking all customers",
  },
  customer: {
    sharedWith: "Same client as",
    address: {
      flat: "apt. {{value}}",
      entrance: "entrance {{value}}",
      floor: "floor {{value}}",
    },
    title: "ArchiDelivery",
    notLinked: "This customer is not linked to an ArchiDelivery client yet.",
    ambiguous:
      "Several ArchiDelivery clients share this phone. One was chosen; check it is the right person.",
    clientId: "Client ID",
    phone: "Phone",
    linkedBy: "Linked",
    clientData: "In ArchiDelivery",
    clientName: "Name",
    clientPhone: "Phone",
    clientEmail: "Email",
    clientAddress: "Address",
    clientUnavailable: "ArchiDelivery's data could not be loaded: {{reason}}",
    clientUnknown: "ArchiDelivery returned no data for this client.",
    link: "Link now",
    relink: "Link again",
    relinkedToast: "Linking done. The result is shown here.",
    unlink: "Unlink",
    unlinkTitle: "Unlink this customer?",
    unlinkDescription:
      "Their next order will look the client up by phone again. Nothing changes in ArchiDelivery.",
    unlinkedToast: "Customer unlinked.",
  },
  serverCheck: {
    title: "Check the server",
    subtitle:
      "A read-only look at how your ArchiDelivery answers, and what to set. Nothing is written to the kitchen.",
    run: "Check the server",
    copy: "Copy as text",
    copiedToast: "The report is copied. Paste it into your message to support.",
    phoneHint:
      "Optionally, a phone of a client stored in ArchiDelivery, to see whether customers are found by phone.",
    phonePlaceholder: "Phone (optional)",
    none: "Not checked yet. The check asks ArchiDelivery only read-only questions.",
    hasProblems:
      "Some findings are problems: set what each one says, then check again.",
    evidence: "What the check saw",
    levels: {
      ok: "OK",
      warning: "Warning",
      problem: "Problem",
    },
    textContentType: "Content-Type of text replies",
    declaredCharset: "Charset declared",
    detectedCharset: "Charset of the bytes",
    dataShape: "Shape of DATA",
    menuRows: "Menu",
    menuSummary: "rows: {{rows}}; fields {{fields}}",
    suggestedMapping: "Suggested menuFields",
    mappingOk: "menuFields works as configured",
    points: "Points",
    lookup: "Order lookup",
    proven: "proven",
    notProven: "not proven",
    checkedAt: "Checked",
  },
  settings: {
    menuLabel: "ArchiDelivery",
    title: "ArchiDelivery",
    subtitle: "Connection, order queue, menu imports and customer links.",
    health: {
      title: "Connection",
      subtitle: "Whether ArchiDelivery answers right now.",
      reachable: "Reachable",
      unreachable: "Not reachable",
      check: "Check again",
      version: "Version",
      latency: "Response time",
      checkedAt: "Checked",
      lastSuccess: "Last successful contact",
      lockingFailed:
        "The order queue's lock failed ({{error}}): no order is sent until the locking provider (e.g. Redis) works again.",
      lookup: "Order lookup",
      lookupProven: "Proven",
      lookupUnproven: "Not proven",
      lookupProvenAt: "Last proven",
      lookupHelp:
        "Checked on orders already in the kitchen. Until it is proven, an order whose send went wrong is never resent as missing: it waits for you.",
    },
    queue: {
      title: "Order queue",
      subtitle:
        "Orders on their way to the kitchen. Failed orders wait for you.",
      syncNow: "Send queued orders now",
      syncedToast:
        "Tried: {{attempted}}. Sent: {{sent}}, still queued: {{queued}}, failed: {{failed}}, need review: {{needs_review}}.",
      retrySelected: "Send again",
      retriedToast_one: "{{count}} order queued again.",
      retriedToast_other: "{{count}} orders queued again.",
      retryPartial_one: "{{count}} order could not be sent again.",
      retryPartial_other: "{{count}} orders could not be sent again.",
      reviewHint:
        "Check these orders in ArchiDelivery: for the ones it has, enter their number; send the others again.",
      columns: {
        order: "Order",
        attempts: "Attempts",
        message: "Message",
        updated: "Updated",
        status: "Status",
      },
      empty: {
        failed: "No failed orders.",
        needs_review: "No orders need review.",
        cancelled: "No cancelled orders.",
        default: "No orders.",
      },
    },
    imports: {
      title: "Menu imports",
      subtitle: "Every import with its report, newest first.",
      empty: "No import yet. Start one from the products page.",
      summary:
        "In the menu: {{fetched}} · created: {{created}} · updated: {{updated}} · with errors: {{invalid}} · not in the menu: {{missing}}",
      columns: {
        started: "Started",
        status: "Status",
        duration: "Duration",
        summary: "Result",
      },
    },
    customers: {
      title: "Customers",
      subtitle:
        "Links between shop customers and ArchiDelivery clients, made by phone.",
      linkAll: "Link all customers",
      startedToast_one: "Linking {{count}} customer in the background.",
      startedToast_other: "Linking {{count}} customers in the background.",
      progress: "Customers processed: {{done}} of {{total}}",
      linkedCount_one: "{{count}} linked",
      linkedCount_other: "{{count}} linked",
      failedCount_one: "{{count}} failed",
      failedCount_other: "{{count}} failed",
      ambiguousCount_one: "{{count}} to review",
      ambiguousCount_other: "{{count}} to review",
      reviewTitle: "Awaiting review",
      reviewSubtitle:
        "Customers whose phone matched several ArchiDelivery clients.",
      empty: "No customer awaits review.",
      columns: {
        customer: "Customer",
        candidates: "Matches",
        linkedAt: "Linked",
      },
    },
    config: {
      title: "Configuration",
      subtitle:
        "How the plugin works with your ArchiDelivery. Whoever installed the shop sets this in medusa-config; secret header values are never shown.",
      url: "Server address",
      encoding: "Encoding",
      replyCharset: "Reading replies",
      replyCharsets: {
        auto: "By their bytes (UTF-8 or CP1251)",
        utf8: "Always UTF-8",
        cp1251: "Always CP1251",
      },
      timeouts: "Waiting for ArchiDelivery",
      timeoutsValue: "to connect {{connect}}, for a reply {{reply}}",
      headers: "Extra headers",
      headersHidden: "values hidden",
      pointId: "Point (branch)",
      cityName: "Default city",
      currency: "Currency",
      itemFormat: "Order item format",
      itemFormats: {
        legacy: "Classic (ID#quantity)",
        json: "JSON (ArchiDelivery 1.5.8 and later)",
      },
      orderTypes: "Order types",
      orderTypesValue: "delivery {{delivery}}, pickup {{pickup}}",
      paymentTypes: "Payment types",
      onlinePayments: "Paid online",
      phone: "Phones",
      phoneValue: "format {{format}}, country {{defaultCountry}}",
      phoneTemplateValue:
        "template {{template}} (other countries: {{format}}), country {{defaultCountry}}",
      doorphone: "Intercom (doorphone)",
      doorphones: {
        flag: "flag 1/0, the code in the comment",
        code: "the code itself",
      },
      menuFields: "Menu fields",
      sending: "Sending orders",
      sendingValue: {
        auto: "Automatic: each order goes to the kitchen when it is placed, and the queue is checked again every minute.",
        jobsOnly:
          "Every minute: orders reach the kitchen within a minute of being placed.",
        placeOnly:
          "When an order is placed: it goes to the kitchen at once, and orders still waiting go with it.",
        manual:
          "Not automatic: no order reaches the kitchen until someone presses “Send queued orders now”.",
      },
      sendingWarning: {
        placeOnly:
          "The every-minute check is off: an order that could not be sent waits until the next order is placed or someone presses “Send queued orders now”, and kitchen statuses are not followed.",
        manual:
          "Automatic sending is off: new orders wait in the queue until someone presses “Send queued orders now”, and kitchen statuses are not followed.",
      },
      queue: "Queue details",
      queueValue:
        "orders per run {{batch}}, at once {{concurrency}}, lock per order {{lease}}, longest wait between tries {{backoff}}",
      delivery: "Delivery",
      deliveryValue:
        "fee {{fee}}, free from {{freeFrom}}, minimum order {{minimum}}",
      deliveryValueNoFree: "fee {{fee}}, never free, minimum order {{minimum}}",
      statusCodes: "Status codes",
      statusCodesValue:
        "shipped {{shipped}}, delivered {{delivered}}, final {{final}}",
    },
  },
  kitchen: {
    title: "Kitchens",
    subtitle:
      "Opening hours (time zone {{zone}}) and what the storefront is told: online, busy (a delay on every estimate) or paused (no orders for as soon as possible).",
    subtitleLoading: "Opening hours and the kitchen's state.",
    point: "Point {{id}}",
    pointNamed: "{{name}} (point {{id}})",
    states: {
      online: "Online",
      busy: "Busy",
      paused: "Paused",
      offline: "Offline",
    },
    minutes_one: "{{count}}\u00a0min",
    minutes_other: "{{count}}\u00a0min",
    untilValue: "Until {{until}}, then online again.",
    alwaysOpen: "No opening hours set: always open.",
    closed: "closed",
    days: {
      mon: "Monday",
      tue: "Tuesday",
      wed: "Wednesday",
      thu: "Thursday",
      fri: "Friday",
      sat: "Saturday",
      sun: "Sunday",
    },
    editHours: "Edit hours",
    hoursJson:
      "Opening hours as JSON: weekly openings per day (mon … sun) and exceptions by date, as in the options",
    saveHours: "Save hours",
    resetHours: "Use the hours from the options",
    cancel: "Cancel",
    hoursSaved: "The new hours apply now.",
    hoursInvalid: "This is not valid JSON.",
    hoursSource: {
      settings: "Hours set here (they win over the options).",
      options: "Hours from the plugin options.",
    },
    delay: "Extra minutes",
    until: "Until (optional)",
    save: "Save state",
    saved: "The storefront sees the new state now.",
    offline:
      "ArchiDelivery has not answered since {{since}} ({{error}}): the storefront is told the kitchen is offline. Orders wait in the queue; check the kitchen's PC and network.",
    noAnswer:
      "ArchiDelivery has not answered since {{since}} ({{error}}). The storefront is told once this lasts long enough.",
  },
}
