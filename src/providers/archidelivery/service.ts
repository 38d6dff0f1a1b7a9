import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  CreateShippingOptionDTO,
  FulfillmentDTO,
  FulfillmentItemDTO,
  FulfillmentOption,
  FulfillmentOrderDTO,
  Logger,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import {
  AbstractFulfillmentProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import { ArchiDeliveryClient } from "../../lib/archidelivery"
import {
  shippingOptionPrice,
  type PricedLine,
} from "../../lib/delivery/delivery-price"
import {
  FULFILLMENT_MESSAGES,
  fulfillmentData,
  fulfillmentDataProblem,
  pickupPointProblem,
  type FulfillmentCart,
} from "../../lib/delivery/fulfillment-data"
import {
  ARCHIDELIVERY_PROVIDER_IDENTIFIER,
  fulfillmentOptionKind,
  fulfillmentOptions,
  isCalculableOption,
  type FulfillmentOptionKind,
} from "../../lib/delivery/fulfillment-options"
import {
  pointsFromRows,
  type PickupPoint,
} from "../../lib/delivery/pickup-points"
import {
  archideliveryOrderIdFrom,
  trackedFulfillment,
} from "../../lib/delivery/tracking"
import { zonePricing } from "../../lib/delivery/zones"
import { ZONE_MESSAGES, zoneLanguage } from "../../lib/delivery/zones-checkout"
import { clientFromOptions } from "../../lib/shared/client-from-options"
import { errorMessage } from "../../lib/shared/error-message"
import type { CheckoutCart } from "../../lib/customers/checkout-phone"
import type { ZoneAddress } from "../../lib/delivery/zones"
import {
  readPluginOptions,
  type ArchiDeliveryOptions,
} from "../../lib/shared/options"

type InjectedDependencies = { logger?: Logger }

// Point lookups sit on the checkout path: a slow restaurant PC must not hold a
// customer for the full reply timeout, and the list rarely changes.
const POINTS_REPLY_TIMEOUT_MS = 5_000
const POINTS_CACHE_MS = 60_000

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Courier delivery and pickup at ArchiDelivery points. Runs in the Fulfillment
 * Module's container, so it builds its own client and cannot reach the
 * archidelivery module; the order's ArchiDelivery id comes in with the call.
 */
export default class ArchiDeliveryFulfillmentService extends AbstractFulfillmentProviderService {
  static identifier = ARCHIDELIVERY_PROVIDER_IDENTIFIER

  protected readonly options_: ArchiDeliveryOptions
  protected readonly client_: ArchiDeliveryClient
  protected readonly logger_?: Logger
  private pointsCache_?: { at: number; points: PickupPoint[] }

  static validateOptions(options: Record<string, unknown>): void {
    readPluginOptions(options)
  }

  constructor({ logger }: InjectedDependencies, options: unknown) {
    super()
    this.logger_ = logger
    // Providers never receive the plugin's options; the host passes the same object here.
    this.options_ = readPluginOptions(options)
    const o = this.options_
    this.client_ = clientFromOptions(o, {
      replyTimeoutMs: Math.min(o.replyTimeoutMs, POINTS_REPLY_TIMEOUT_MS),
    })
  }

  /**
   * ArchiDelivery's points when it answers, else the configured ones, so an
   * admin can still set up pickup while the back office is offline.
   */
  protected async listPoints_(): Promise<PickupPoint[]> {
    const cached = this.pointsCache_
    if (cached && Date.now() - cached.at < POINTS_CACHE_MS) {
      return cached.points
    }
    try {
      const points = pointsFromRows(await this.client_.getAllPoint())
      this.pointsCache_ = { at: Date.now(), points }
      return points
    } catch (e) {
      this.logger_?.warn(
        `archidelivery: getallpoint failed (${errorMessage(e)}); using the configured pickup points`
      )
      return this.options_.delivery.points.map((p) => ({ ...p }))
    }
  }

  /** The option's kind; a foreign option is refused. */
  protected kindOf_(
    optionData: Record<string, unknown>
  ): FulfillmentOptionKind {
    const kind = fulfillmentOptionKind(optionData)
    if (!kind) {
      throw invalid(FULFILLMENT_MESSAGES.unknownOption)
    }
    return kind
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return fulfillmentOptions(await this.listPoints_())
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return fulfillmentOptionKind(data) !== null
  }

  async canCalculate(data: CreateShippingOptionDTO): Promise<boolean> {
    return isCalculableOption(
      (data as { data?: Record<string, unknown> } | undefined)?.data
    )
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const kind = this.kindOf_(optionData)
    // Never throw for the minimum or the zone here: Medusa prices every
    // option of a cart in one go, and a throw would hide pickup as well and
    // stop the customer from changing the cart. An address outside every
    // zone is refused when the courier is chosen and at completion.
    const address = (context as { shipping_address?: ZoneAddress } | undefined)
      ?.shipping_address
    return shippingOptionPrice(
      kind.type,
      context?.items as PricedLine[] | undefined,
      zonePricing(this.options_.delivery, address).pricing
    )
  }

  async validateFulfillmentData(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: ValidateFulfillmentDataContext
  ): Promise<Record<string, unknown>> {
    const kind = this.kindOf_(optionData)
    const cart = context as FulfillmentCart & CheckoutCart
    const zoned =
      kind.type === "delivery"
        ? zonePricing(this.options_.delivery, cart?.shipping_address)
        : null
    if (zoned && !zoned.deliverable) {
      throw invalid(ZONE_MESSAGES[zoneLanguage(cart ?? {})])
    }
    const delivery = zoned?.pricing ?? this.options_.delivery
    // The point list is read only once the cart itself passes.
    const problem =
      fulfillmentDataProblem(kind, cart, { ...this.options_, delivery }) ??
      (kind.type === "pickup"
        ? pickupPointProblem(await this.listPoints_(), kind.point_id)
        : null)
    if (problem) {
      throw invalid(problem)
    }
    return fulfillmentData(kind, data, this.options_.orderTypes)
  }

  /**
   * The ArchiDelivery order id becomes the tracking number. The plugin's
   * status workflow passes it in `additionalData`; an admin's fulfillment
   * falls back to the fulfillment's or the order's metadata.
   */
  async createFulfillment(
    data: Record<string, unknown>,
    _items: Partial<Omit<FulfillmentItemDTO, "fulfillment">>[],
    order: Partial<FulfillmentOrderDTO> | undefined,
    fulfillment: Partial<
      Omit<FulfillmentDTO, "provider_id" | "data" | "items">
    >,
    additionalData?: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    const orderId = archideliveryOrderIdFrom(
      additionalData,
      fulfillment?.metadata,
      (order as { metadata?: Record<string, unknown> | null } | undefined)
        ?.metadata
    )
    return trackedFulfillment(data, orderId)
  }

  /**
   * ArchiDelivery has no cancel call: the Medusa fulfillment is cancelled and
   * the kitchen order stays as it is, for staff to cancel in ArchiDelivery.
   */
  async cancelFulfillment(
    data: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
    const orderId = archideliveryOrderIdFrom(data)
    if (orderId) {
      this.logger_?.info(
        `archidelivery: fulfillment of ArchiDelivery order ${orderId} cancelled in Medusa only; ArchiDelivery has no cancel call`
      )
    }
    return {}
  }

  async createReturnFulfillment(
    _fulfillment: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
