import { en } from "./en"
import { uk } from "./uk"

// Merged into the dashboard's i18next resources under the plugin's own
// namespace, so keys never collide with Medusa's; other languages fall back to English.
export default {
  en: { archidelivery: en },
  uk: { archidelivery: uk },
}
