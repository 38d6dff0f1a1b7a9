import { Button, Container, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../lib/errors"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import {
  useDeleteModifierGroup,
  useModifierGroups,
} from "../../lib/queries/modifiers"
import { useConfig } from "../../lib/queries/system"
import { ErrorState } from "../error-state"
import { LoadingRows } from "../loading-rows"
import { SectionHeader } from "../section-header"
import { ModifierGroupForm } from "./modifier-group-form"

/** The modifier groups customers choose from, defined here and attached on a product's page. */
export const ModifiersSection = () => {
  const { t } = useT()
  const f = useFormat()
  const currency = useConfig().data?.currency
  const { data, isPending, error, refetch } = useModifierGroups()
  const remove = useDeleteModifierGroup()
  const prompt = usePrompt()
  const [open, setOpen] = useState(false)
  const groups = data?.modifier_groups ?? []

  const onDelete = async (id: string, name: string) => {
    const ok = await prompt({
      title: t("modifiers.deleteTitle", { name }),
      description: t("modifiers.deleteText"),
    })
    if (ok) {
      remove.mutate(id, { onError: (e) => toast.error(errorMessage(e, t)) })
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="settings-modifiers">
      <SectionHeader
        title={t("modifiers.title")}
        subtitle={t("modifiers.subtitle")}
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={() => setOpen(true)}
            data-testid="new-modifier-group"
          >
            {t("modifiers.newGroup")}
          </Button>
        }
      />
      {isPending ? <LoadingRows rows={2} /> : null}
      {error ? <ErrorState error={error} onRetry={() => refetch()} /> : null}
      {data && !groups.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("modifiers.none")}
        </Text>
      ) : null}
      {groups.length ? (
        <Table data-testid="modifier-groups">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("modifiers.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("modifiers.bounds")}</Table.HeaderCell>
              <Table.HeaderCell>{t("modifiers.options")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {groups.map((g) => (
              <Table.Row key={g.id} data-testid="modifier-group-row">
                <Table.Cell>{g.name}</Table.Cell>
                <Table.Cell>
                  {t("modifiers.boundsValue", { min: g.min, max: g.max })}
                </Table.Cell>
                <Table.Cell className="whitespace-normal">
                  {g.options
                    .map((o) =>
                      o.price
                        ? `${o.name} (+${f.money(o.price, currency)})`
                        : o.name
                    )
                    .join(", ")}
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() => onDelete(g.id, g.name)}
                  >
                    {t("modifiers.delete")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
      <ModifierGroupForm open={open} onOpenChange={setOpen} />
    </Container>
  )
}
