import { Text } from "@medusajs/ui"

export type Stat = {
  key: string
  label: string
  value: string
  tone?: "default" | "error" | "warning" | "success"
}

const toneClass = {
  default: undefined,
  error: "text-ui-fg-error",
  warning: "text-ui-tag-orange-text",
  success: "text-ui-tag-green-text",
}

/** Small counters side by side, the way the dashboard shows totals. */
export const StatGrid = ({
  stats,
  testId,
  columns = "grid-cols-2 sm:grid-cols-3 lg:grid-cols-5",
}: {
  stats: Stat[]
  testId?: string
  /** Tailwind column classes: one row on a wide screen reads best. */
  columns?: string
}) => (
  <dl className={`grid gap-2 ${columns}`} data-testid={testId}>
    {stats.map((stat) => (
      <div
        key={stat.key}
        className="bg-ui-bg-subtle shadow-borders-base rounded-md px-3 py-2"
        data-testid={`stat-${stat.key}`}
      >
        <dt>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {stat.label}
          </Text>
        </dt>
        <dd>
          <Text
            size="large"
            weight="plus"
            className={toneClass[stat.tone ?? "default"]}
          >
            {stat.value}
          </Text>
        </dd>
      </div>
    ))}
  </dl>
)
