import {
  clientAddress,
  cutField,
  newClientParams,
  splitPersonName,
  summarizeClient,
} from "../client-data"

describe("splitPersonName", () => {
  it("reads separate first and last names", () => {
    expect(splitPersonName("Тарас", "Шевченко")).toEqual({
      surname: "Шевченко",
      name: "Тарас",
      fathername: "",
    })
  })

  it("keeps a patronymic typed after the first name", () => {
    expect(splitPersonName("Тарас Григорович", "Шевченко")).toEqual({
      surname: "Шевченко",
      name: "Тарас",
      fathername: "Григорович",
    })
  })

  it("splits a full name in one field in the Ukrainian order", () => {
    const expected = {
      surname: "Шевченко",
      name: "Тарас",
      fathername: "Григорович",
    }
    expect(splitPersonName("Шевченко Тарас Григорович", "")).toEqual(expected)
    expect(splitPersonName(null, "  Шевченко   Тарас Григорович ")).toEqual(
      expected
    )
  })

  it("keeps apostrophes and female patronymics", () => {
    expect(splitPersonName("Мар'яненко Мар'яна Ігорівна", null)).toEqual({
      surname: "Мар'яненко",
      name: "Мар'яна",
      fathername: "Ігорівна",
    })
  })

  it("recognises name + patronymic + surname by the patronymic", () => {
    expect(splitPersonName("Олена Петрівна Коваленко", "")).toEqual({
      surname: "Коваленко",
      name: "Олена",
      fathername: "Петрівна",
    })
  })

  it("reads two Cyrillic words as surname and name, unless the second is a patronymic", () => {
    expect(splitPersonName("Коваленко Олена", "")).toEqual({
      surname: "Коваленко",
      name: "Олена",
      fathername: "",
    })
    expect(splitPersonName("Олена Петрівна", "")).toEqual({
      surname: "",
      name: "Олена",
      fathername: "Петрівна",
    })
  })

  it("reads Latin full names in the Western order", () => {
    expect(splitPersonName("Taras Shevchenko", null)).toEqual({
      surname: "Shevchenko",
      name: "Taras",
      fathername: "",
    })
    expect(splitPersonName("Shevchenko Taras Hryhorovych", null)).toEqual({
      surname: "Shevchenko",
      name: "Taras",
      fathername: "Hryhorovych",
    })
  })

  it("treats a single word as the first name and nothing as empty", () => {
    expect(splitPersonName("Остап", undefined)).toEqual({
      surname: "",
      name: "Остап",
      fathername: "",
    })
    expect(splitPersonName("  ", null)).toEqual({
      surname: "",
      name: "",
      fathername: "",
    })
  })
})

describe("cutField", () => {
  it("cuts to 19 characters, counting Cyrillic letters once", () => {
    const long = "просп. Героїв Сталінграда"
    expect(cutField(long)).toBe("просп. Героїв Сталі")
    expect(Array.from(cutField(long)!)).toHaveLength(19)
  })

  it("counts an emoji as the two characters CP1251 sends, never splitting it", () => {
    // iconv writes "??" for it, so the server counts two characters.
    expect(cutField("𝔸".repeat(25))).toBe("𝔸".repeat(9))
    expect(cutField("вул. Сонячна 🌞 дім")).toBe("вул. Сонячна 🌞 дім")
    expect(cutField("вул. Сонячна, 5 🌞🌞")).toBe("вул. Сонячна, 5 🌞")
  })

  it("trims, collapses spaces and drops what is empty", () => {
    expect(cutField("  вул.   Хрещатик  ")).toBe("вул. Хрещатик")
    expect(cutField("вул. Велика Васильків", 18)).toBe("вул. Велика Василь")
    expect(cutField("   ")).toBeUndefined()
    expect(cutField(null)).toBeUndefined()
    expect(cutField(12)).toBe("12")
  })

  it("does not leave a trailing space where the cut falls", () => {
    expect(cutField("вул. Саксаганського 41")).toBe("вул. Саксаганського")
    expect(cutField("123456789012345678 X")).toBe("123456789012345678")
  })
})

describe("clientAddress", () => {
  it("splits the house number off address_1 and the flat off address_2", () => {
    expect(
      clientAddress({ address_1: "вул. Хрещатик, 22", address_2: "кв. 5" })
    ).toEqual({ street: "вул. Хрещатик", house: "22", flat: "5" })
    expect(
      clientAddress({
        address_1: "вул. 1-го Травня 5/2А",
        address_2: "квартира 12",
      })
    ).toEqual({ street: "вул. 1-го Травня", house: "5/2А", flat: "12" })
  })

  it("finds a flat written at the end of address_1", () => {
    expect(clientAddress({ address_1: "вул. Хрещатик 22, кв. 5" })).toEqual({
      street: "вул. Хрещатик",
      house: "22",
      flat: "5",
    })
  })

  it("keeps a street without a number whole", () => {
    expect(clientAddress({ address_1: "вул. Лесі Українки" })).toEqual({
      street: "вул. Лесі Українки",
    })
  })

  it("prefers metadata and cuts every field to 19 characters", () => {
    expect(
      clientAddress({
        address_1: "просп. Героїв Сталінграда, 8",
        address_2: "офіс",
        metadata: {
          flat: "77",
          floor: 9,
          entrance: "під'їзд з боку двору біля аптеки",
        },
      })
    ).toEqual({
      street: "просп. Героїв Сталі",
      house: "8",
      flat: "77",
      storey: "9",
      entrance: "під'їзд з боку двор",
    })
  })

  it("is empty without an address", () => {
    expect(clientAddress(null)).toEqual({})
    expect(clientAddress({})).toEqual({})
  })
})

describe("newClientParams", () => {
  it("builds newclient parameters with the email as login", () => {
    expect(
      newClientParams({
        phone: "380671112233",
        email: "taras@example.com",
        first_name: "Шевченко Тарас Григорович",
        last_name: "",
        address: { address_1: "вул. Хрещатик, 22", address_2: "кв. 5" },
      })
    ).toEqual({
      phone: "380671112233",
      login: "taras@example.com",
      surname: "Шевченко",
      name: "Тарас",
      fathername: "Григорович",
      email: "taras@example.com",
      street: "вул. Хрещатик",
      house: "22",
      flat: "5",
    })
  })

  it("falls back to the phone as login and leaves out empty fields", () => {
    expect(
      newClientParams({
        phone: "380671112233",
        email: " ",
        first_name: "Остап",
      })
    ).toEqual({ phone: "380671112233", login: "380671112233", name: "Остап" })
  })
})

describe("summarizeClient", () => {
  it("reads a getclientdata record", () => {
    expect(
      summarizeClient({
        ID: 2101,
        SURNAME: "Шевченко",
        NAME: "Тарас",
        FATHERNAME: "Григорович",
        FULLNAME: "Шевченко Тарас Григорович",
        PHONE: "380671234567",
        MAIL: "",
        CITYNAME: "Київ",
        STREET: "вул. Хрещатик",
        HOUSE: "22",
        FLAT: "5",
        STOREY: "1",
        ENTRANCE: "1",
      })
    ).toEqual({
      id: "2101",
      name: "Шевченко Тарас Григорович",
      phone: "380671234567",
      email: null,
      address: {
        city: "Київ",
        street: "вул. Хрещатик",
        house: "22",
        flat: "5",
        storey: "1",
        entrance: "1",
      },
    })
  })

  it("joins the name parts when FULLNAME is missing", () => {
    expect(
      summarizeClient({ ID: "7", SURNAME: "Бондар", NAME: "Марія" }).name
    ).toBe("Бондар Марія")
  })
})
