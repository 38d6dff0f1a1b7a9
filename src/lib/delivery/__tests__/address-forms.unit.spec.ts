import { splitStreetAndHouse } from "../address"

// Address lines as customers in Kyiv, Lviv, Odesa, Dnipro and Kharkiv type them:
// line → street, house, and the other parts the line names.
type Parts = {
  corps?: string
  flat?: string
  entrance?: string
  floor?: string
  office?: string
}
const table: [string, string, string, Parts?][] = [
  // letters, however they are attached
  ["вул. Хрещатик, 41-Б", "вул. Хрещатик", "41Б"],
  ["вул. Хрещатик, 41 Б", "вул. Хрещатик", "41Б"],
  ["вул. Хрещатик 41б", "вул. Хрещатик", "41б"],
  ["вулиця Хрещатик, буд. 5-А", "вулиця Хрещатик", "5А"],
  [
    "вул. Велика Васильківська, 72-а, кв. 14",
    "вул. Велика Васильківська",
    "72а",
    { flat: "14" },
  ],
  // a Latin look-alike letter typed on the wrong layout becomes Cyrillic
  ["вул. Городоцька, 120-A", "вул. Городоцька", "120А"],
  ["вул. Дерибасівська 9 B", "вул. Дерибасівська", "9В"],
  // fractions
  ["вул. Січових Стрільців, 22/1", "вул. Січових Стрільців", "22/1"],
  ["просп. Гагаріна, 12/2, кв. 40", "просп. Гагаріна", "12/2", { flat: "40" }],
  ["вул. Сумська 12 / 2а", "вул. Сумська", "12/2а"],
  // building
  ["просп. Перемоги 14 корп. 2", "просп. Перемоги", "14", { corps: "2" }],
  [
    "просп. Перемоги, 14, корпус 2, кв. 7",
    "просп. Перемоги",
    "14",
    { corps: "2", flat: "7" },
  ],
  ["вул. Героїв Праці, 9к3", "вул. Героїв Праці", "9", { corps: "3" }],
  [
    "бульв. Лесі Українки, буд. 26, корп. 1",
    "бульв. Лесі Українки",
    "26",
    { corps: "1" },
  ],
  // flat, entrance and floor where the line names them
  [
    "вул. Саксаганського, буд. 41, під'їзд 2, поверх 5, кв. 12",
    "вул. Саксаганського",
    "41",
    { entrance: "2", floor: "5", flat: "12" },
  ],
  [
    "вул. Пушкінська 15, під’їзд 3, кв 8",
    "вул. Пушкінська",
    "15",
    { entrance: "3", flat: "8" },
  ],
  // the customer's own apostrophe is kept in the street
  ["вул. Пʼятницька 7Б, підʼїзд 2", "вул. Пʼятницька", "7Б", { entrance: "2" }],
  ["вул. Наукова, 7Б, 4 поверх", "вул. Наукова", "7Б", { floor: "4" }],
  ["вул. Шевченка 12, оф. 5", "вул. Шевченка", "12", { office: "5" }],
  ["вул. Хрещатик 22-24", "вул. Хрещатик", "22-24"],
  ["вул. Личаківська 45 кв. 3", "вул. Личаківська", "45", { flat: "3" }],
  [
    "вул. Княгині Ольги, 100 квартира 56",
    "вул. Княгині Ольги",
    "100",
    { flat: "56" },
  ],
  // street kinds, with and without commas
  ["просп. Науки 14", "просп. Науки", "14"],
  ["пров. Куликівський, 3", "пров. Куликівський", "3"],
  ["пров. Шевченка 10а", "пров. Шевченка", "10а"],
  ["бульв. Шевченка, 33", "бульв. Шевченка", "33"],
  ["пл. Ринок, 1", "пл. Ринок", "1"],
  ["пл. Свободи 5", "пл. Свободи", "5"],
  ["проспект Дмитра Яворницького, 52", "проспект Дмитра Яворницького", "52"],
  ["вулиця Грушевського 4", "вулиця Грушевського", "4"],
  // numbers that belong to the street name
  ["вул. 8 Березня, 14", "вул. 8 Березня", "14"],
  ["вул. 23 Серпня 33-А", "вул. 23 Серпня", "33А"],
  ["вул. 40-річчя Перемоги, 5", "вул. 40-річчя Перемоги", "5"],
  ["вул. 1-ша Слобідська 7", "вул. 1-ша Слобідська", "7"],
  ["Французький бульвар, 60/1", "Французький бульвар", "60/1"],
  ["м. Одеса, вул. Канатна, 22", "вул. Канатна", "22"],
  // English style still works
  ["22 Main St", "Main St", "22"],
  ["22B Baker Street", "Baker Street", "22B"],
  ["Khreshchatyk St 22, apt 5", "Khreshchatyk St", "22", { flat: "5" }],
]

describe("Ukrainian address forms", () => {
  it("has a table of at least 30 addresses", () => {
    expect(table.length).toBeGreaterThanOrEqual(30)
  })

  it.each(table)("%s → %s / %s", (line, street, house, parts = {}) => {
    expect(splitStreetAndHouse(line)).toEqual({ street, house, ...parts })
  })

  it.each([
    ["вул. 8 Березня", "the number is part of the street name"],
    ["вул. Хрещатик, кв. 5", "only a flat"],
    ["вул. Хрещатик, під'їзд 2", "only an entrance"],
  ])("finds no house in %j (%s)", (line) => {
    expect(splitStreetAndHouse(line)).toBeNull()
  })
})
