import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { children: ReactNode; muted?: boolean }

/** A quiet line in a section, such as that it has nothing to show yet. */
export const SectionNote = ({ children, muted }: Props) => (
  <div className="px-6 py-4">
    <Text
      size="small"
      className={muted ? "text-ui-fg-muted" : "text-ui-fg-subtle"}
    >
      {children}
    </Text>
  </div>
)
