import { parseArgs } from "node:util"
import { clientFromOptions } from "../lib/shared/client-from-options"
import { parseOptions } from "../lib/shared/options"
import {
  runServerCheck,
  serverCheckText,
  worstLevel,
  type SentOrder,
} from "../lib/server-check"

export const CHECK_SERVER_USAGE = `Usage: check-server --url http://host:5858 [options]

Asks ArchiDelivery, through read-only methods only, what the plugin needs to
know about it. Nothing is written: no order, no client.

  --url <url>              ArchiDelivery's address (required)
  --encoding <cp1251|utf8> query encoding (default cp1251)
  --reply-charset <auto|utf8|cp1251>  how replies are read (default auto)
  --point <id>             the shop's ArchiDelivery point (pointId)
  --phone <phone>          look clients up with this phone
  --order <id>:<display>[:<phone>]  an order the plugin sent, to test the
                           lookup with: ArchiDelivery id, Medusa display id and,
                           optionally, the phone it was sent with (repeatable)
  --menu-field <role=NAME> a menuFields entry, e.g. price=SUMMA (repeatable)
  --header <Name: value>   a header for a proxy in front of it (repeatable)
  --json                   print { server_check } as JSON instead of text
  --help                   this text

Exit code: 0 when no finding is a problem, 1 when one is, 2 for bad usage.
`

class UsageError extends Error {}

const pairs = (list: string[] | undefined, sep: string, what: string) =>
  (list ?? []).map((item) => {
    const at = item.indexOf(sep)
    if (at <= 0 || at === item.length - 1) {
      throw new UsageError(
        `${what}: expected ${item ? `"${item}" as ` : ""}a${sep}b`
      )
    }
    return [item.slice(0, at).trim(), item.slice(at + 1).trim()] as const
  })

/** The plugin's own options from the command line, checked by the plugin's own schema. */
export function optionsFromArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: "string" },
      encoding: { type: "string" },
      "reply-charset": { type: "string" },
      point: { type: "string" },
      phone: { type: "string" },
      order: { type: "string", multiple: true },
      "menu-field": { type: "string", multiple: true },
      header: { type: "string", multiple: true },
      json: { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
  })
  if (values.help) {
    return { help: true as const }
  }
  const orders: SentOrder[] = pairs(values.order, ":", "--order").map(
    ([id, rest]) => {
      const [display, phone] = rest.split(/:(.*)/s)
      if (!/^\d+$/.test(id)) {
        throw new UsageError(
          `--order: "${id}" is not an ArchiDelivery order id`
        )
      }
      return {
        archidelivery_order_id: id,
        display_id: display.trim(),
        ...(phone?.trim() ? { phone: phone.trim() } : {}),
      }
    }
  )
  let options
  try {
    options = parseOptions({
      url: values.url,
      ...(values.encoding ? { encoding: values.encoding } : {}),
      ...(values["reply-charset"]
        ? { replyCharset: values["reply-charset"] }
        : {}),
      ...(values.point ? { pointId: values.point } : {}),
      menuFields: Object.fromEntries(
        pairs(values["menu-field"], "=", "--menu-field")
      ),
      headers: Object.fromEntries(pairs(values.header, ":", "--header")),
    })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  return {
    help: false as const,
    options,
    phone: values.phone?.trim() || undefined,
    orders,
    json: !!values.json,
  }
}

/** Runs the check for a terminal; resolves to the exit code. */
export async function checkServerCommand(
  argv: string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
  err: (text: string) => void = (t) => process.stderr.write(t)
): Promise<number> {
  let args
  try {
    args = optionsFromArgs(argv)
  } catch (e) {
    if (
      e instanceof UsageError ||
      (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      err(`${(e as Error).message}\n\n${CHECK_SERVER_USAGE}`)
      return 2
    }
    throw e
  }
  if (args.help) {
    out(CHECK_SERVER_USAGE)
    return 0
  }
  const { options } = args
  const report = await runServerCheck(clientFromOptions(options), {
    menuFields: options.menuFields,
    pointId: options.pointId,
    replyCharset: options.replyCharset,
    defaultCountry: options.phone.defaultCountry,
    phone: args.phone,
    sentOrders: args.orders,
    sentOrdersNote:
      "Nothing to set now: without the shop's database the check needs an order the plugin sent, given as --order <ArchiDelivery id>:<display id>.",
  })
  out(
    args.json
      ? `${JSON.stringify({ server_check: report }, null, 2)}\n`
      : serverCheckText(report)
  )
  return worstLevel(report) === "problem" ? 1 : 0
}
