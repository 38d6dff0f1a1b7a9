import { Skeleton } from "@medusajs/ui"

/** Placeholder rows while a section loads, sized like the rows they replace. */
export const LoadingRows = ({ rows = 3 }: { rows?: number }) => (
  <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
    {Array.from({ length: rows }, (_, i) => (
      <div key={i} className="grid grid-cols-2 gap-x-4">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-4 w-full" />
      </div>
    ))}
  </div>
)
