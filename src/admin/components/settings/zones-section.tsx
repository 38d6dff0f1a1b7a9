import { Badge, Button, Container, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../lib/errors"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useConfig } from "../../lib/queries/system"
import { useZones, useZoneTest } from "../../lib/queries/zones"
import { drawZones, type AdminZone, type Position } from "../../lib/zones"
import { ErrorState } from "../error-state"
import { FieldRow } from "../field-row"
import { LoadingRows } from "../loading-rows"
import { SectionHeader } from "../section-header"
import { SectionNote } from "../section-note"

const WIDTH = 640
const HEIGHT = 360
// Distinct hues in the order zones are listed; the picture is a sketch, not a map.
const COLORS = [
  "#2563eb",
  "#16a34a",
  "#d97706",
  "#9333ea",
  "#dc2626",
  "#0891b2",
]

const ZonesPicture = ({
  zones,
  pin,
}: {
  zones: AdminZone[]
  pin: Position | null
}) => {
  const { t } = useT()
  const f = useFormat()
  const { data: config } = useConfig()
  // The picture fits the zones; a pin off the picture is simply not drawn.
  const drawn = drawZones(zones, WIDTH, HEIGHT)
  if (!drawn) {
    return <SectionNote>{t("zones.noShapes")}</SectionNote>
  }
  const byId = new Map(zones.map((z, i) => [z.id, { zone: z, i }]))
  // Lower priorities first, so the zone that wins an overlap is drawn on top.
  const order = [...drawn.zones].sort(
    (a, b) => byId.get(a.id)!.zone.priority - byId.get(b.id)!.zone.priority
  )
  const [pinX, pinY] = pin ? drawn.project(pin) : [-1, -1]
  const pinShown = pinX >= 0 && pinX <= WIDTH && pinY >= 0 && pinY <= HEIGHT
  return (
    <div className="px-6 py-4">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t("zones.pictureLabel")}
        className="bg-ui-bg-subtle w-full rounded-md border"
        data-testid="zones-picture"
      >
        {order.map((d) => {
          const { zone, i } = byId.get(d.id)!
          const color = COLORS[i % COLORS.length]
          const common = {
            fill: color,
            fillOpacity: 0.18,
            stroke: color,
            strokeWidth: 1.5,
          }
          return (
            <g key={d.id} data-testid={`zone-shape-${d.id}`}>
              {d.path ? (
                <path d={d.path} fillRule="evenodd" {...common} />
              ) : null}
              {d.circle ? <circle {...d.circle} {...common} /> : null}
              <text
                x={d.label.x}
                y={d.label.y}
                textAnchor={d.circle ? "middle" : "start"}
                fontSize="12"
                fill={color}
                fontWeight={600}
              >
                <tspan x={d.label.x}>{zone.name}</tspan>
                <tspan x={d.label.x} dy="14">
                  {f.money(zone.fee, config?.currency)}
                </tspan>
              </text>
            </g>
          )
        })}
        {pinShown ? (
          <circle
            cx={pinX}
            cy={pinY}
            r={5}
            fill="#111827"
            stroke="#fff"
            strokeWidth={2}
            data-testid="zones-pin"
          />
        ) : null}
      </svg>
    </div>
  )
}

const ZoneRow = ({ zone }: { zone: AdminZone }) => {
  const { t } = useT()
  const f = useFormat()
  const { data: config } = useConfig()
  const money = (n: number | null) =>
    n === null ? t("zones.never") : f.money(n, config?.currency)
  return (
    <FieldRow
      testId={`zone-row-${zone.id}`}
      label={
        <span className="flex items-center gap-x-2">
          {zone.name}
          <Badge size="2xsmall">
            {t("zones.priority", { n: zone.priority })}
          </Badge>
        </span>
      }
      value={t(zone.free_from === null ? "zones.termsNoFree" : "zones.terms", {
        fee: money(zone.fee),
        freeFrom: money(zone.free_from),
        minimum: money(zone.min_order_amount),
        point: zone.point_id,
      })}
    />
  )
}

const TestBox = ({ onPin }: { onPin: (p: Position | null) => void }) => {
  const { t } = useT()
  const f = useFormat()
  const { data: config } = useConfig()
  const test = useZoneTest()
  const [lat, setLat] = useState("")
  const [lng, setLng] = useState("")
  const [city, setCity] = useState("")
  const [postal, setPostal] = useState("")
  const num = (s: string) =>
    s.trim() ? Number(s.replace(",", ".")) : undefined
  const run = () => {
    const body = {
      lat: num(lat),
      lng: num(lng),
      ...(city.trim() ? { city: city.trim() } : {}),
      ...(postal.trim() ? { postal_code: postal.trim() } : {}),
    }
    onPin(
      body.lat !== undefined && body.lng !== undefined
        ? [body.lng, body.lat]
        : null
    )
    test.mutate(body)
  }
  const r = test.data
  const money = (n: number | null | undefined) =>
    n === null || n === undefined
      ? t("zones.never")
      : f.money(n, config?.currency)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="zones-test">
      <Text size="small" weight="plus">
        {t("zones.testTitle")}
      </Text>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {(
          [
            ["lat", lat, setLat, "50.4501"],
            ["lng", lng, setLng, "30.5234"],
            ["city", city, setCity, ""],
            ["postal", postal, setPostal, ""],
          ] as const
        ).map(([key, value, set, placeholder]) => (
          <div key={key} className="flex flex-col gap-y-1">
            <Label size="small" htmlFor={`zones-test-${key}`}>
              {t(`zones.fields.${key}`)}
            </Label>
            <Input
              id={`zones-test-${key}`}
              size="small"
              value={value}
              placeholder={placeholder}
              onChange={(e) => set(e.target.value)}
            />
          </div>
        ))}
      </div>
      <div>
        <Button
          size="small"
          variant="secondary"
          onClick={run}
          isLoading={test.isPending}
          data-testid="zones-test-run"
        >
          {t("zones.testRun")}
        </Button>
      </div>
      {test.error ? (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(test.error, t)}
        </Text>
      ) : null}
      {r ? (
        <div className="-mx-6 flex flex-col" data-testid="zones-test-result">
          <FieldRow
            label={t("zones.result.zone")}
            testId="zones-test-zone"
            value={
              r.zone
                ? r.zone.name
                : r.deliverable
                  ? t("zones.result.flat")
                  : t("zones.result.outside")
            }
          />
          {r.deliverable ? (
            <>
              <FieldRow label={t("zones.result.fee")} value={money(r.fee)} />
              <FieldRow
                label={t("zones.result.freeFrom")}
                value={money(r.free_from)}
              />
              <FieldRow
                label={t("zones.result.minimum")}
                testId="zones-test-minimum"
                value={money(r.min_order_amount)}
              />
              <FieldRow label={t("zones.result.point")} value={r.point_id} />
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}

/**
 * The delivery zones as the options define them: a picture of their shapes,
 * their terms, and a box to test which zone takes an address. Read-only:
 * zones are options, changed in `medusa-config.ts` and a restart.
 */
export const ZonesSection = () => {
  const { t } = useT()
  const { data, isPending, error, refetch } = useZones()
  const [pin, setPin] = useState<Position | null>(null)
  return (
    <Container className="divide-y p-0" data-testid="archidelivery-zones">
      <SectionHeader title={t("zones.title")} subtitle={t("zones.subtitle")} />
      {isPending ? <LoadingRows rows={3} /> : null}
      {error ? <ErrorState error={error} onRetry={() => refetch()} /> : null}
      {data && !data.zones.length ? (
        <SectionNote>{t("zones.none")}</SectionNote>
      ) : null}
      {data?.zones.length ? (
        <>
          <ZonesPicture zones={data.zones} pin={pin} />
          <div className="flex flex-col py-2">
            {data.zones.map((zone) => (
              <ZoneRow key={zone.id} zone={zone} />
            ))}
          </div>
        </>
      ) : null}
      {data ? <TestBox onPin={setPin} /> : null}
    </Container>
  )
}
