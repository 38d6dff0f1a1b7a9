import { Alert, Button } from "@medusajs/ui"
import { errorMessage } from "../lib/errors"
import { useT } from "../lib/i18n"

type Props = {
  error: unknown
  onRetry?: () => void
  className?: string
}

/** A failed load: what went wrong and a way to try again. */
export const ErrorState = ({ error, onRetry, className }: Props) => {
  const { t } = useT()
  return (
    <div className={className ?? "px-6 py-4"}>
      <Alert variant="error">
        <div className="flex items-start justify-between gap-x-4">
          <span>{errorMessage(error, t)}</span>
          {onRetry ? (
            <Button size="small" variant="secondary" onClick={onRetry}>
              {t("actions.tryAgain")}
            </Button>
          ) : null}
        </div>
      </Alert>
    </div>
  )
}
