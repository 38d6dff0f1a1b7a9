import { Badge } from "@medusajs/ui"
import { ProgressBar } from "../progress-bar"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import type { LinkAllProgress as Progress } from "../../lib/types"

/** How far the bulk linking got, and how many links it made, failed or found ambiguous. */
export const LinkAllProgress = ({ run }: { run: Progress }) => {
  const { t } = useT()
  const f = useFormat()
  return (
    <div
      className="flex flex-col gap-y-2 px-6 py-4"
      data-testid="link-all-progress"
    >
      <ProgressBar
        done={run.total - run.pending}
        total={run.total}
        label={t("settings.customers.progress", {
          done: f.number(run.total - run.pending),
          total: f.number(run.total),
        })}
      />
      <div className="flex flex-wrap gap-2">
        <Badge size="2xsmall" color="green">
          {t("settings.customers.linkedCount", { count: run.linked })}
        </Badge>
        {run.failed ? (
          <Badge size="2xsmall" color="red">
            {t("settings.customers.failedCount", { count: run.failed })}
          </Badge>
        ) : null}
        {run.ambiguous ? (
          <Badge size="2xsmall" color="orange">
            {t("settings.customers.ambiguousCount", {
              count: run.ambiguous,
            })}
          </Badge>
        ) : null}
      </div>
    </div>
  )
}
