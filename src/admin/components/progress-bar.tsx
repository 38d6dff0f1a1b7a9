import { Text } from "@medusajs/ui"

type Props = {
  done: number
  total: number
  label: string
}

/** A determinate bar; before the total is known it pulses instead. */
export const ProgressBar = ({ done, total, label }: Props) => {
  const known = total > 0
  const percent = known ? Math.min(100, Math.round((done / total) * 100)) : 0
  return (
    <div className="flex flex-col gap-y-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
        className="bg-ui-bg-switch-off h-2 w-full overflow-hidden rounded-full"
      >
        <div
          className={
            known
              ? "bg-ui-fg-interactive h-full rounded-full transition-[width] duration-500"
              : "bg-ui-fg-interactive h-full w-1/3 animate-pulse rounded-full"
          }
          style={known ? { width: `${percent}%` } : undefined}
        />
      </div>
      <Text
        size="small"
        className="text-ui-fg-subtle"
        data-testid="progress-text"
      >
        {label}
        {known ? ` · ${percent}%` : ""}
      </Text>
    </div>
  )
}
