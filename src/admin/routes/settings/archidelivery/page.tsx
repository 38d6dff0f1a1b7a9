import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heading, Text } from "@medusajs/ui"
import { ConfigSection } from "../../../components/settings/config-section"
import { CustomersSection } from "../../../components/settings/customers-section"
import { HealthSection } from "../../../components/settings/health-section"
import { ImportsSection } from "../../../components/settings/imports-section"
import { ModifiersSection } from "../../../components/settings/modifiers-section"
import { KitchenSection } from "../../../components/settings/kitchen-section"
import { QueueSection } from "../../../components/settings/queue-section"
import { ServerCheckSection } from "../../../components/settings/server-check-section"
import { ZonesSection } from "../../../components/settings/zones-section"
import { useT } from "../../../lib/i18n"

const ArchiDeliverySettingsPage = () => {
  const { t } = useT()
  return (
    <div className="flex flex-col gap-y-3" data-testid="archidelivery-settings">
      <div className="px-1 py-2">
        <Heading level="h1">{t("settings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("settings.subtitle")}
        </Text>
      </div>
      <HealthSection />
      <ServerCheckSection />
      <KitchenSection />
      <QueueSection />
      <ImportsSection />
      <ModifiersSection />
      <CustomersSection />
      <ZonesSection />
      <ConfigSection />
    </div>
  )
}

const Breadcrumb = () => {
  const { t } = useT()
  return <>{t("settings.menuLabel")}</>
}

export const config = defineRouteConfig({
  label: "settings.menuLabel",
  translationNs: "archidelivery",
})

export const handle = {
  breadcrumb: () => <Breadcrumb />,
}

export default ArchiDeliverySettingsPage
