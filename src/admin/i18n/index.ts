import { en } from "./en"
import { ru } from "./ru"
import { uk } from "./uk"

// Merged into the dashboard's i18next resources under the plugin's own
// namespace, so keys never collide with Medusa's. The dashboard's language
// switch picks the language; others fall back to English.
export default {
  en: { archidelivery: en },
  uk: { archidelivery: uk },
  ru: { archidelivery: ru },
}
