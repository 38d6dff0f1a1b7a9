/**
 * What a customer reads at checkout when the provider refuses a choice.
 * Ukrainian first (the shop's language), English after, like the rest of the plugin.
 */
export const MESSAGES = {
  streetAndHouse:
    "Вкажіть вулицю та номер будинку / Enter the street and house number",
  pickupPoint:
    "Оберіть пункт самовивозу зі списку / Choose a pickup point from the list",
  unknownOption:
    "Цей спосіб доставки недоступний, оберіть інший / This delivery method is not available, choose another",
} as const
