import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = {
  title: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
  level?: "h1" | "h2"
}

/** The header row every dashboard section starts with. */
export const SectionHeader = ({
  title,
  subtitle,
  actions,
  level = "h2",
}: Props) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div>
      <Heading level={level}>{title}</Heading>
      {subtitle ? (
        <Text size="small" className="text-ui-fg-subtle">
          {subtitle}
        </Text>
      ) : null}
    </div>
    {actions ? (
      <div className="flex shrink-0 items-center gap-x-2">{actions}</div>
    ) : null}
  </div>
)
