import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = {
  label: ReactNode
  value: ReactNode
  testId?: string
}

/** A label and its value, as the dashboard's detail sections show them. */
export const FieldRow = ({ label, value, testId }: Props) => (
  <div
    className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3"
    data-testid={testId}
  >
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small min-w-0 break-words">
      {value === null || value === undefined || value === "" ? "—" : value}
    </div>
  </div>
)
