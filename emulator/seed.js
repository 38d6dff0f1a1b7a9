// @ts-check
// Seed data: a Kyiv pizza/sushi delivery with two kitchens. Rows use the protocol's
// own field names; MGID and UNIT are realistic extras, ACTIVE 0 hides a row.

/**
 * @typedef {{ ID: number, NAME: string, MGNAME: string, MGID: number, PRICE: number,
 *   WEIGHT: number, UNIT: string, ACTIVE: number, [k: string]: unknown }} MenuRow
 * @typedef {{ ID: number, NAME: string, ADDRESS: string, [k: string]: unknown }} Point
 * @typedef {{ ID: number, LOGIN: string, SURNAME: string, NAME: string, FATHERNAME: string,
 *   FULLNAME: string, PHONE: string, MAIL: string, CITYNAME: string, STREET: string,
 *   HOUSE: string, FLAT: string, STOREY: string, ENTRANCE: string, [k: string]: unknown }} Client
 * @typedef {{ ID: number, NAME: string, PRICE: number, QUANT: number, mods?: unknown[] }} OrderItem
 * @typedef {{ id: number, status: number, created_at: string, updated_at: string,
 *   params: Record<string, string>, client_id: number, point_id: number,
 *   items: OrderItem[], total: number,
 *   doorphone?: { flag: 0 | 1, code: string | null } | null }} Order
 * @typedef {{ menu: MenuRow[], points: Point[], clients: Client[], orders: Order[] }} State
 */

const GROUPS = { Піца: 1, Суші: 2, Роли: 3, Напої: 4, Десерти: 5 }

/** @type {[number, string, keyof typeof GROUPS, number, number, number?][]} */
const MENU = [
  [101, "Маргарита 30 см", "Піца", 185, 450],
  [102, "Маргарита 40 см", "Піца", 259, 750],
  [103, "Пепероні 30 см", "Піца", 219, 500],
  [104, "Пепероні 40 см", "Піца", 299, 820],
  [105, "Чотири сири 30 см", "Піца", 239.5, 480],
  [106, "Гавайська 30 см", "Піца", 209, 520],
  [107, "М'ясна 30 см", "Піца", 265, 600],
  [108, "Діабло 30 см", "Піца", 229, 510],
  [109, "Карбонара 30 см", "Піца", 245, 530],
  [110, "Піца «Ґазда» 30 см", "Піца", 279, 650],
  [111, "Київська з куркою 30 см", "Піца", 249, 560],
  [112, "Вегетаріанська 30 см", "Піца", 195, 470],
  [113, "Сезонна з гарбузом 30 см", "Піца", 215, 500, 0],
  [201, "Нігірі з лососем", "Суші", 89, 40],
  [202, "Нігірі з вугрем", "Суші", 99, 40],
  [203, "Нігірі з тунцем", "Суші", 95, 40],
  [204, "Гункан з ікрою лосося", "Суші", 129, 45],
  [205, "Гункан «Спайсі» з креветкою", "Суші", 105, 45],
  [206, "Сашимі з лососем", "Суші", 185, 90],
  [207, "Суші-сет №1 «Європейський»", "Суші", 549, 780],
  [208, "Суші-сет №2 «Сім'я»", "Суші", 899, 1320],
  [209, "Нігірі з окунем", "Суші", 79, 40, 0],
  [301, "Філадельфія", "Роли", 329, 260],
  [302, "Каліфорнія з крабом", "Роли", 279, 240],
  [303, "Дракон", "Роли", 359, 280],
  [304, "Макі з огірком", "Роли", 89, 130],
  [305, "Макі з лососем", "Роли", 119, 130],
  [306, "Рол «Зелений» з авокадо", "Роли", 169, 190],
  [307, "Футомакі з вугрем", "Роли", 289, 300],
  [308, "Темпура-рол з креветкою", "Роли", 249, 250],
  [309, "Рол «Бонсай»", "Роли", 239.5, 230],
  [310, "Рол «Осінній»", "Роли", 199, 220, 0],
  [401, "Coca-Cola 0,5 л", "Напої", 45, 500],
  [402, "Fanta 0,5 л", "Напої", 45, 500],
  [403, "Вода «Моршинська» негазована 0,5 л", "Напої", 29, 500],
  [404, "Узвар домашній 0,5 л", "Напої", 49, 500],
  [405, "Морс журавлиний 0,5 л", "Напої", 55, 500],
  [406, "Сік апельсиновий 1 л", "Напої", 79, 1000],
  [407, "Лимонад «Тархун» 0,5 л", "Напої", 59.5, 500],
  [408, "Квас хлібний 0,5 л", "Напої", 39, 500],
  [409, "Чай зелений з жасмином 0,4 л", "Напої", 35, 400],
  [501, "Тірамісу", "Десерти", 119, 150],
  [502, "Чізкейк «Нью-Йорк»", "Десерти", 109, 140],
  [503, "Панна-котта з ягодами", "Десерти", 89, 130],
  [504, "Штрудель яблучний", "Десерти", 95, 160],
  [505, "Млинці з вишнею", "Десерти", 85, 200],
  [506, "Сирники зі сметаною", "Десерти", 99, 220],
  [507, "Мочі «Асорті»", "Десерти", 139, 120],
  [508, "Пиріг з аґрусом «Моє літо»", "Десерти", 89, 150],
  [509, "Еклер «Ванільний»", "Десерти", 49, 70, 0],
]

/** @returns {MenuRow[]} */
const menu = () =>
  MENU.map(([ID, NAME, MGNAME, PRICE, WEIGHT, ACTIVE = 1]) => ({
    ID,
    NAME,
    MGNAME,
    MGID: GROUPS[MGNAME],
    PRICE,
    WEIGHT,
    UNIT: "шт",
    ACTIVE,
  }))

/** @returns {Point[]} */
const points = () => [
  {
    ID: 5,
    NAME: "Піцерія на Подолі",
    ADDRESS: "м. Київ, вул. Верхній Вал, 24",
  },
  {
    ID: 10,
    NAME: "Кухня на Оболоні",
    ADDRESS: "м. Київ, просп. Оболонський, 19",
  },
]

// Phones as real back offices hold them: digits only for most, one local form, and a
// family (2102, 2103) sharing one phone.
/** @type {[number, string, string, string, string, string, string, string][]} */
const CLIENTS = [
  [
    2101,
    "Шевченко",
    "Тарас",
    "Григорович",
    "380671234567",
    "вул. Хрещатик",
    "22",
    "5",
  ],
  [
    2102,
    "Коваленко",
    "Олена",
    "Петрівна",
    "380501112233",
    "вул. Саксаганського",
    "41",
    "12",
  ],
  [
    2103,
    "Коваленко",
    "Ігор",
    "Васильович",
    "380501112233",
    "вул. Саксаганського",
    "41",
    "12",
  ],
  [
    2104,
    "Мельник",
    "Андрій",
    "Іванович",
    "0931234567",
    "просп. Володимира Івасюка",
    "8",
    "77",
  ],
  [
    2105,
    "Ткаченко",
    "Ярослава",
    "Ігорівна",
    "380632223344",
    "вул. Ярославів Вал",
    "3",
    "1",
  ],
  [
    2106,
    "Кравчук",
    "Євген",
    "Юрійович",
    "380975556677",
    "вул. Оболонська",
    "35",
    "40",
  ],
  [
    2107,
    "Ґонта",
    "Остап",
    "Миколайович",
    "380661234321",
    "вул. Сагайдачного",
    "9",
    "2",
  ],
  [
    2108,
    "Бондар",
    "Марія",
    "Олексіївна",
    "380689990011",
    "вул. Їжакевича",
    "14",
    "63",
  ],
]

/** @returns {Client[]} */
const clients = () =>
  CLIENTS.map(
    ([ID, SURNAME, NAME, FATHERNAME, PHONE, STREET, HOUSE, FLAT], i) => ({
      ID,
      LOGIN: `client${ID}`,
      SURNAME,
      NAME,
      FATHERNAME,
      FULLNAME: `${SURNAME} ${NAME} ${FATHERNAME}`,
      PHONE,
      MAIL: i % 3 === 0 ? "" : `client${ID}@example.com`,
      CITYNAME: "Київ",
      STREET,
      HOUSE,
      FLAT,
      STOREY: String((i % 9) + 1),
      ENTRANCE: String((i % 3) + 1),
    })
  )

/** @type {[number, number, number, number, number, string, string][]} */
const ORDERS = [
  // id, status, client, point, minutes ago, order, comment
  [901, 12, 2101, 5, 4, "101#1,401#2", "Без цибулі, будь ласка"],
  [902, 2, 2102, 5, 15, "301#1,302#1,404#1", "Подзвоніть за 10 хвилин"],
  [903, 4, 2104, 10, 27, "207#1", ""],
  [904, 5, 2106, 10, 41, "102#1,103#1,405#2", "Решта з 1000"],
  [905, 6, 2107, 5, 55, "110#2,501#1", "Домофон не працює"],
  [906, 7, 2103, 10, 95, "208#1,409#4", ""],
  [907, 9, 2108, 5, 140, "105#1,502#2", "№ під'їзду 2"],
]

/**
 * @param {MenuRow[]} rows
 * @param {Client[]} people
 * @param {Date} now
 * @returns {Order[]}
 */
function orders(rows, people, now) {
  return ORDERS.map(([id, status, clientId, pointId, ago, order, comment]) => {
    const c = /** @type {Client} */ (people.find((p) => p.ID === clientId))
    const items = order.split(",").map((line) => {
      const [mid, q] = line.split("#").map(Number)
      const row = /** @type {MenuRow} */ (rows.find((r) => r.ID === mid))
      return { ID: row.ID, NAME: row.NAME, PRICE: row.PRICE, QUANT: q }
    })
    const at = new Date(now.getTime() - ago * 60000).toISOString()
    return {
      id,
      status,
      created_at: at,
      updated_at: at,
      params: {
        type: "1",
        clientid: String(clientId),
        phone: c.PHONE,
        cityname: c.CITYNAME,
        street: c.STREET,
        home: c.HOUSE,
        room: c.FLAT,
        flatwarecount: "2",
        comment,
        ordertype: "3",
        order,
      },
      client_id: clientId,
      point_id: pointId,
      items,
      total: items.reduce(
        (s, it) => Math.round((s + it.PRICE * it.QUANT) * 100) / 100,
        0
      ),
    }
  })
}

/**
 * A fresh seed state; every call returns new objects.
 * @param {Date} [now]
 * @returns {State}
 */
function seed(now = new Date()) {
  const m = menu()
  const c = clients()
  return { menu: m, points: points(), clients: c, orders: orders(m, c, now) }
}

module.exports = { seed }
