import { useState } from "react"
import {
  Alert,
  Button,
  Container,
  Input,
  Label,
  StatusBadge,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { ErrorState } from "../error-state"
import { LoadingRows } from "../loading-rows"
import { SectionHeader } from "../section-header"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import {
  useKitchenPoints,
  useSetPointHours,
  useSetPointState,
  type KitchenPoint,
  type KitchenStateValue,
} from "../../lib/queries/kitchen"

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
const STATES: KitchenStateValue[] = ["online", "busy", "paused"]
const COLORS = {
  online: "green",
  busy: "orange",
  paused: "grey",
  offline: "red",
} as const

/** `datetime-local` wants local `YYYY-MM-DDTHH:MM`; the API takes ISO. */
const toLocalInput = (iso: string | null) => {
  if (!iso) {
    return ""
  }
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The hours as JSON, the form the options take, edited in place. */
const HoursEditor = ({ point }: { point: KitchenPoint }) => {
  const { t } = useT()
  const setHours = useSetPointHours()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState(
    JSON.stringify(point.hours ?? { weekly: {}, exceptions: [] }, null, 2)
  )
  const send = (hours: unknown) =>
    setHours.mutate(
      { point_id: point.id, hours },
      {
        onSuccess: () => {
          toast.success(t("kitchen.hoursSaved"))
          setOpen(false)
        },
        onError: (e) => toast.error((e as Error).message),
      }
    )
  const save = () => {
    let hours: unknown
    try {
      hours = JSON.parse(text)
    } catch {
      toast.error(t("kitchen.hoursInvalid"))
      return
    }
    send(hours)
  }
  if (!open) {
    return (
      <div className="flex items-center gap-x-2">
        <Button
          size="small"
          variant="secondary"
          onClick={() => setOpen(true)}
          data-testid={`kitchen-edit-hours-${point.id}`}
        >
          {t("kitchen.editHours")}
        </Button>
        {point.hours_source === "settings" ? (
          <Button
            size="small"
            variant="transparent"
            onClick={() => send(null)}
            isLoading={setHours.isPending}
          >
            {t("kitchen.resetHours")}
          </Button>
        ) : null}
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Label size="xsmall" htmlFor={`kitchen-hours-json-${point.id}`}>
        {t("kitchen.hoursJson")}
      </Label>
      <Textarea
        id={`kitchen-hours-json-${point.id}`}
        className="font-mono"
        rows={10}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="flex gap-x-2">
        <Button
          size="small"
          onClick={save}
          isLoading={setHours.isPending}
          data-testid={`kitchen-save-hours-${point.id}`}
        >
          {t("kitchen.saveHours")}
        </Button>
        <Button size="small" variant="secondary" onClick={() => setOpen(false)}>
          {t("kitchen.cancel")}
        </Button>
      </div>
    </div>
  )
}

const PointRow = ({ point }: { point: KitchenPoint }) => {
  const { t } = useT()
  const f = useFormat()
  const setState = useSetPointState()
  const stored = point.point_state
  const [state, setStateValue] = useState<KitchenStateValue>(
    stored?.state ?? "online"
  )
  const [delay, setDelay] = useState(String(stored?.delay_minutes ?? 15))
  const [until, setUntil] = useState(toLocalInput(stored?.until ?? null))
  const hours = point.hours
  const save = () =>
    setState.mutate(
      {
        point_id: point.id,
        state,
        ...(state === "busy" ? { delay_minutes: Number(delay) || 0 } : {}),
        until: until ? new Date(until).toISOString() : null,
      },
      {
        onSuccess: () => toast.success(t("kitchen.saved")),
        onError: (e) => toast.error((e as Error).message),
      }
    )
  return (
    <div
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid={`kitchen-point-${point.id}`}
    >
      <div className="flex items-center justify-between gap-x-4">
        <Text weight="plus">
          {point.name
            ? t("kitchen.pointNamed", { name: point.name, id: point.id })
            : t("kitchen.point", { id: point.id })}
        </Text>
        <StatusBadge
          color={COLORS[point.kitchen.state]}
          data-testid={`kitchen-state-${point.id}`}
        >
          {t(`kitchen.states.${point.kitchen.state}`)}
          {point.kitchen.state === "busy"
            ? ` +${t("kitchen.minutes", { count: point.kitchen.delay_minutes })}`
            : ""}
        </StatusBadge>
      </div>
      {point.kitchen.until ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("kitchen.untilValue", { until: f.dateTime(point.kitchen.until) })}
        </Text>
      ) : null}
      <div className="text-ui-fg-subtle txt-small" data-testid="kitchen-hours">
        {hours ? (
          <>
            {WEEKDAYS.map((d) => (
              <div key={d} className="flex gap-x-2">
                <span className="w-24">{t(`kitchen.days.${d}`)}</span>
                <span>
                  {(hours.weekly[d] ?? []).length
                    ? (hours.weekly[d] ?? [])
                        .map((o) => `${o.open}–${o.close}`)
                        .join(", ")
                    : t("kitchen.closed")}
                </span>
              </div>
            ))}
            {hours.exceptions.map((e) => (
              <div key={e.date} className="flex gap-x-2">
                <span className="w-24">{e.date}</span>
                <span>
                  {e.hours.length
                    ? e.hours.map((o) => `${o.open}–${o.close}`).join(", ")
                    : t("kitchen.closed")}
                  {e.note ? ` (${e.note})` : ""}
                </span>
              </div>
            ))}
          </>
        ) : (
          <span>{t("kitchen.alwaysOpen")}</span>
        )}
        {point.hours_source ? (
          <div className="mt-1">
            {t(`kitchen.hoursSource.${point.hours_source}`)}
          </div>
        ) : null}
      </div>
      <HoursEditor point={point} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex gap-x-1" role="group">
          {STATES.map((s) => (
            <Button
              key={s}
              size="small"
              variant={state === s ? "primary" : "secondary"}
              onClick={() => setStateValue(s)}
              data-testid={`kitchen-choose-${point.id}-${s}`}
            >
              {t(`kitchen.states.${s}`)}
            </Button>
          ))}
        </div>
        {state === "busy" ? (
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" htmlFor={`kitchen-delay-${point.id}`}>
              {t("kitchen.delay")}
            </Label>
            <Input
              id={`kitchen-delay-${point.id}`}
              size="small"
              type="number"
              min={0}
              max={600}
              value={delay}
              onChange={(e) => setDelay(e.target.value)}
            />
          </div>
        ) : null}
        {state !== "online" ? (
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" htmlFor={`kitchen-until-${point.id}`}>
              {t("kitchen.until")}
            </Label>
            <Input
              id={`kitchen-until-${point.id}`}
              size="small"
              type="datetime-local"
              value={until}
              onChange={(e) => setUntil(e.target.value)}
            />
          </div>
        ) : null}
        <Button
          size="small"
          onClick={save}
          isLoading={setState.isPending}
          data-testid={`kitchen-save-${point.id}`}
        >
          {t("kitchen.save")}
        </Button>
      </div>
    </div>
  )
}

/** The kitchens: hours, the admin's state, and an outage of ArchiDelivery. */
export const KitchenSection = () => {
  const { t } = useT()
  const f = useFormat()
  const { data, isPending, error, refetch } = useKitchenPoints()
  return (
    <Container className="divide-y p-0" data-testid="settings-kitchen">
      <SectionHeader
        title={t("kitchen.title")}
        subtitle={
          data
            ? t("kitchen.subtitle", { zone: data.time_zone })
            : t("kitchen.subtitleLoading")
        }
      />
      {isPending ? <LoadingRows rows={3} /> : null}
      {error ? <ErrorState error={error} onRetry={() => refetch()} /> : null}
      {data?.outage ? (
        <div className="px-6 py-3">
          <Alert
            variant={data.outage.offline ? "error" : "warning"}
            data-testid="kitchen-outage"
          >
            {t(data.outage.offline ? "kitchen.offline" : "kitchen.noAnswer", {
              since: f.dateTime(data.outage.started_at),
              error: data.outage.last_error ?? "—",
            })}
          </Alert>
        </div>
      ) : null}
      {data?.points.map((p) => (
        <PointRow
          key={`${p.id}:${p.point_state?.state ?? ""}:${p.point_state?.until ?? ""}:${p.hours_source ?? ""}`}
          point={p}
        />
      ))}
    </Container>
  )
}
