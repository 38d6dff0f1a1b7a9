import { describeOptions, parseOptions } from "../options"

describe("plugin options", () => {
  it("fills every default from one place", () => {
    const options = parseOptions({ url: "http://127.0.0.1:5858" })
    expect(options).toMatchObject({
      encoding: "cp1251",
      currency: "uah",
      orderItemFormat: "legacy",
      menuFields: {
        id: "ID",
        name: "NAME",
        price: "PRICE",
        weight: "WEIGHT",
        group: "MGNAME",
      },
      orderTypes: { delivery: "3", pickup: "2" },
      phone: { format: "digits", defaultCountry: "UA" },
      queue: {
        batchSize: 25,
        concurrency: 4,
        pushOnPlace: true,
        jobsEnabled: true,
      },
    })
  })

  it("groups sizes by their name by default, and wants a field to group by one", () => {
    const url = "http://127.0.0.1:5858"
    expect(parseOptions({ url }).sizes).toEqual({
      grouping: "suffix",
      optionTitle: "Розмір",
    })
    expect(
      parseOptions({ url, sizes: { grouping: "field", groupField: "PARENT" } })
        .sizes
    ).toMatchObject({ grouping: "field", groupField: "PARENT" })
    expect(() => parseOptions({ url, sizes: { grouping: "field" } })).toThrow(
      /sizes.groupField: groupField is required/
    )
    expect(() => parseOptions({ url, sizes: { grouping: "name" } })).toThrow(
      /sizes.grouping/
    )
  })

  it("stops start-up naming a missing url and its expected form", () => {
    expect(() => parseOptions({})).toThrow(/url: required: .*http:\/\//)
    expect(() => parseOptions(undefined)).toThrow(/url/)
  })

  it("names every invalid option in one message", () => {
    let message = ""
    try {
      parseOptions({
        url: "ftp://kitchen",
        encoding: "koi8-r",
        queue: { batchSize: 0 },
        phone: { defaultCountry: "ukraine" },
        menuFields: { price: "" },
      })
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toContain("url: an http(s) URL")
    expect(message).toContain("encoding:")
    expect(message).toContain("queue.batchSize:")
    expect(message).toContain(
      "phone.defaultCountry: a two-letter ISO country code"
    )
    expect(message).toContain("menuFields.price:")
  })

  it("sends doorphone as a flag unless told to send the code", () => {
    expect(parseOptions({ url: "http://127.0.0.1:5858" }).doorphone).toBe(
      "flag"
    )
    expect(() =>
      parseOptions({ url: "http://127.0.0.1:5858", doorphone: "yes" })
    ).toThrow(/doorphone:/)
  })

  it("checks the phone template at start-up, naming the option", () => {
    expect(
      parseOptions({
        url: "http://127.0.0.1:5858",
        phone: { template: "+38 (0##) ###-##-##" },
      }).phone.template
    ).toBe("+38 (0##) ###-##-##")
    expect(() =>
      parseOptions({
        url: "http://127.0.0.1:5858",
        phone: { template: "8(###) ###-##-##" },
      })
    ).toThrow(/phone\.template: .*has 10 "#" but a UA national number has 9/)
    expect(
      parseOptions({
        url: "http://127.0.0.1:5858",
        phone: { template: "8(###) ###-##-##", defaultCountry: "RU" },
      }).phone.template
    ).toBe("8(###) ###-##-##")
  })

  it("refuses unknown options so a typo does not silently fall back", () => {
    expect(() =>
      parseOptions({ url: "http://127.0.0.1:5858", pushOnPlace: false })
    ).toThrow(/pushOnPlace/)
  })

  it("accepts numbers or strings for ids and mappings", () => {
    const options = parseOptions({
      url: "http://127.0.0.1:5858",
      pointId: 5,
      paymentTypes: { pp_system_default: 1 },
      orderTypes: { delivery: 3, pickup: 2 },
    })
    expect(options.pointId).toBe("5")
    expect(options.paymentTypes.pp_system_default).toBe("1")
  })

  it("never shows header values when describing the configuration", () => {
    const options = parseOptions({
      url: "http://127.0.0.1:5858",
      headers: { Authorization: "Basic c2VjcmV0OnNlY3JldA==" },
    })
    const described = JSON.stringify(describeOptions(options))
    expect(described).toContain("Authorization")
    expect(described).not.toContain("c2VjcmV0")
  })
})
