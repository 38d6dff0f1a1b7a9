import { describeOptions, parseOptions } from "../options"

describe("describeOptions", () => {
  it("shows no credential: header values, or a user and password in any URL", () => {
    const shown = describeOptions(
      parseOptions({
        url: "http://shop:secret-main@192.168.1.20:5858",
        headers: { "X-Token": "secret-header" },
        delivery: {
          points: [
            {
              id: "10",
              name: "Лівий берег",
              url: "http://kitchen:secret-point@10.0.2.20:5858",
              headers: { "X-Token": "secret-point-header" },
            },
            { id: "5", name: "Поділ" },
          ],
        },
      })
    )
    expect(JSON.stringify(shown)).not.toMatch(/secret/)
    expect(shown.url).toBe("http://192.168.1.20:5858/")
    expect(shown.headers).toEqual(["X-Token"])
    expect(shown.delivery.points).toEqual([
      expect.objectContaining({
        id: "10",
        url: "http://10.0.2.20:5858/",
        headers: ["X-Token"],
      }),
      { id: "5", name: "Поділ" },
    ])
  })
})
