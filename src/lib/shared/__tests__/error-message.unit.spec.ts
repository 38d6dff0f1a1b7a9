import { MedusaError, serializeError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ArchiDeliveryError } from "../../archidelivery"
import { errorMessage } from "../error-message"

describe("errorMessage", () => {
  it.each([
    ["an Error", new Error("disk on fire"), "disk on fire"],
    [
      "a MedusaError",
      new MedusaError(MedusaError.Types.NOT_FOUND, "no such order"),
      "no such order",
    ],
    [
      "an ArchiDelivery error",
      new ArchiDeliveryError("unreachable", "ping", "connection refused"),
      "connection refused",
    ],
    [
      "a serialized Error (what a failed workflow throws)",
      serializeError(new Error("timeout while loading")),
      "timeout while loading",
    ],
    [
      "a workflow result's errors",
      { errors: [{ error: { message: "step one broke" } }] },
      "step one broke",
    ],
    [
      "several inner errors, each once",
      {
        errors: [
          { error: { message: "a" } },
          { error: { message: "b" } },
          { error: { message: "a" } },
        ],
      },
      "a; b",
    ],
    ["a nested error", { error: { message: "inner" } }, "inner"],
    ["a cause", { cause: new Error("the root") }, "the root"],
    ["a string", "plain words", "plain words"],
    ["a number", 42, "42"],
    ["an object without a message", { code: "E1" }, '{"code":"E1"}'],
    ["an empty object", {}, "unknown error"],
    ["null", null, "unknown error"],
    ["undefined", undefined, "unknown error"],
    ["an empty message", new Error(""), "unknown error"],
    ["a named error without a message", { name: "AbortError" }, "AbortError"],
  ])("reads %s", (_what, error, expected) => {
    expect(errorMessage(error)).toBe(expected)
  })

  it("survives objects that cannot be written as JSON", () => {
    const loop: Record<string, unknown> = {}
    loop.self = loop
    expect(errorMessage(loop)).toBe("unknown error")
  })

  it("keeps long JSON short", () => {
    const text = errorMessage({ data: "x".repeat(2000) })
    expect(text.length).toBeLessThanOrEqual(501)
    expect(text.endsWith("…")).toBe(true)
  })

  it("reads what a failed workflow really throws", async () => {
    const broken = createStep("error-message-test-broken", async () => {
      throw new Error("the real reason")
    })
    const workflow = createWorkflow("error-message-test", () => {
      broken()
      return new WorkflowResponse(undefined)
    })

    const thrown = await workflow()
      .run({ input: {} })
      .then(
        () => null,
        (e: unknown) => e
      )

    expect(thrown).not.toBeInstanceOf(Error)
    expect(String(thrown)).toBe("[object Object]")
    expect(errorMessage(thrown)).toBe("the real reason")
  })
})
