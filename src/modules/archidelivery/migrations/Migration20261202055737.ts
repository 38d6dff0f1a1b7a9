import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202055737 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_product_link" add column if not exists "menu_active" boolean not null default true, add column if not exists "admin_unavailable" boolean not null default false, add column if not exists "unavailable_until" timestamptz null, add column if not exists "unavailable_at" timestamptz null, add column if not exists "unavailable_by" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_product_link" drop column if exists "menu_active", drop column if exists "admin_unavailable", drop column if exists "unavailable_until", drop column if exists "unavailable_at", drop column if exists "unavailable_by";`
    )
  }
}
