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
import { clientFromOptions } from "../../lib/shared/client-from-options"
import {
  deliveryPrice,
  goodsSubtotal,
  isBelowMinimum,
  minimumOrderMessage,
  type PricedLine,
} from "../../lib/delivery/delivery-price"
import {
  readPluginOptions,
  type ArchiDeliveryOptions,
} from "../../lib/shared/options"
import {
  readStreetAndHouse,
  type AddressLike,
} from "../../lib/delivery/address"
import { MESSAGES } from "./messages"
import {
  fulfillmentOptions,
  optionKind,
  pointsFromRows,
  type PickupPoint,
} from "./shipping-options"
import { archideliveryOrderIdFrom } from "./tracking"
import { errorMessage } from "../../lib/shared/error-message"

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
  static identifier = "archidelivery"

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

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return fulfillmentOptions(await this.listPoints_())
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return optionKind(data) !== null
  }

  async canCalculate(data: CreateShippingOptionDTO): Promise<boolean> {
    // An update may come without `data`; only foreign option data is refused.
    const optionData = (data as { data?: Record<string, unknown> } | undefined)
      ?.data
    return !optionData || optionKind(optionData) !== null
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const kind = optionKind(optionData)
    if (!kind) {
      throw invalid(MESSAGES.unknownOption)
    }
    // Never throw for the minimum here: Medusa prices options on every cart
    // refresh, and a throw would stop the customer from changing the cart.
    const subtotal = goodsSubtotal(context?.items as PricedLine[] | undefined)
    return {
      calculated_amount: deliveryPrice(
        kind.type,
        subtotal,
        this.options_.delivery
      ),
      // Ukrainian retail prices include VAT; the fee is quoted the same way.
      is_calculated_price_tax_inclusive: true,
    }
  }

  async validateFulfillmentData(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: ValidateFulfillmentDataContext
  ): Promise<Record<string, unknown>> {
    const kind = optionKind(optionData)
    if (!kind) {
      throw invalid(MESSAGES.unknownOption)
    }
    const delivery = this.options_.delivery
    const subtotal = goodsSubtotal(context?.items as PricedLine[] | undefined)
    if (isBelowMinimum(subtotal, delivery)) {
      throw invalid(
        minimumOrderMessage(delivery.minOrderAmount, this.options_.currency)
      )
    }
    // The storefront writes `data`; it may not set what the plugin decides.
    const {
      type: _type,
      point_id: _point,
      order_type: _orderType,
      archidelivery_order_id: _orderId,
      ...rest
    } = data ?? {}
    if (kind.type === "delivery") {
      if (
        !readStreetAndHouse(
          context?.shipping_address as AddressLike | undefined
        )
      ) {
        throw invalid(MESSAGES.streetAndHouse)
      }
      return {
        ...rest,
        type: "delivery",
        order_type: this.options_.orderTypes.delivery,
      }
    }
    const points = await this.listPoints_()
    // Without any list (offline, none configured) the point stands as the
    // admin chose it: checkout must not depend on the back office answering.
    if (points.length && !points.some((p) => p.id === kind.point_id)) {
      throw invalid(MESSAGES.pickupPoint)
    }
    return {
      ...rest,
      type: "pickup",
      point_id: kind.point_id,
      order_type: this.options_.orderTypes.pickup,
    }
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
    if (!orderId) {
      return { data: { ...data }, labels: [] }
    }
    return {
      data: { ...data, archidelivery_order_id: orderId },
      labels: [{ tracking_number: orderId, tracking_url: "", label_url: "" }],
    }
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
