import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ApprovalTable } from "../components/approval-table"
import { AvailabilityTable } from "../components/availability-table"
import { ImportPanel } from "../components/import-panel"

const ArchiDeliveryProductListWidget = () => (
  <div className="flex flex-col gap-y-3">
    <ImportPanel />
    <ApprovalTable />
    <AvailabilityTable />
  </div>
)

export const config = defineWidgetConfig({
  zone: "product.list",
  id: "archidelivery:product-list",
})

export default ArchiDeliveryProductListWidget
