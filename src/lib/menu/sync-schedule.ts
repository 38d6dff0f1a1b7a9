/**
 * Whether the availability sync is due in the minute of `now`. The job ticks
 * every minute on the clock; counting minutes from the epoch needs no stored
 * state, so every instance of a cluster agrees. 0 = never.
 */
export function availabilitySyncDue(now: Date, everyMinutes: number): boolean {
  if (!(everyMinutes > 0)) {
    return false
  }
  // Rounded: a tick that fires a little late still belongs to its minute.
  const minute = Math.round(now.getTime() / 60_000)
  return minute % everyMinutes === 0
}
