import { Button, Drawer } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useDashboardT } from "../lib/pagination"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  /** Read by screen readers only. */
  description: ReactNode
  /** The width class of the drawer. */
  className: string
  testId: string
  children: ReactNode
}

/** A side drawer that shows one thing in full, closed from its footer. */
export const DetailDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  className,
  testId,
  children,
}: Props) => {
  const { t: td } = useDashboardT()
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className={className} data-testid={testId}>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          <Drawer.Description className="sr-only">
            {description}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {children}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              {td("actions.close")}
            </Button>
          </Drawer.Close>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
