import { chooseClient, findClientByPhone } from "../client-match"

const fakeArchi = (stored: Record<string, { ID: unknown }[]>) => {
  const asked: string[] = []
  return {
    asked,
    getClientByPhone: async (phone: string) => {
      asked.push(phone)
      return stored[phone] ?? []
    },
  }
}

describe("client matching by phone", () => {
  it("chooses the lowest id among clients sharing a phone", () => {
    expect(chooseClient(["17", "9", "120"])).toBe("9")
    expect(chooseClient(["b", "a"])).toBe("a")
  })

  it("tries the configured form, then the digits-only forms", async () => {
    const archi = fakeArchi({ "0671234567": [{ ID: 44 }] })
    const match = await findClientByPhone(archi, "+380671234567", "national")
    expect(archi.asked).toEqual(["067 123 4567", "380671234567", "0671234567"])
    expect(match).toEqual({
      clientId: "44",
      ambiguous: false,
      candidates: ["44"],
      matchedForm: "0671234567",
    })
  })

  it("flags several clients on one phone and picks deterministically", async () => {
    const archi = fakeArchi({
      "380501112233": [{ ID: "31" }, { ID: 12 }, { ID: 12 }],
    })
    const match = await findClientByPhone(archi, "+380501112233", "digits")
    expect(match).toMatchObject({
      clientId: "12",
      ambiguous: true,
      candidates: ["12", "31"],
    })
    expect(archi.asked).toEqual(["380501112233"])
  })

  it("returns null when no form is known", async () => {
    const archi = fakeArchi({})
    expect(await findClientByPhone(archi, "+380501112233", "digits")).toBeNull()
  })

  it("lets connection errors through for the caller to classify", async () => {
    const failing = {
      getClientByPhone: async () => {
        throw new Error("connection refused")
      },
    }
    await expect(
      findClientByPhone(failing, "+380501112233", "digits")
    ).rejects.toThrow("connection refused")
  })
})
