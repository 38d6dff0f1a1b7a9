// What the kitchen can do now: the admin's point states, the outage record fed by the drain's
// ping, and the notices staff get.
export * from "./notify-staff"
export * from "./set-point-state"
export * from "./steps/emit-kitchen-events"
export * from "./steps/record-kitchen-outage"
