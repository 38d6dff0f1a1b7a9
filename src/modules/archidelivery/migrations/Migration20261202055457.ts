import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202055457 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `drop index if exists "IDX_archidelivery_product_link_product_id_unique";`
    )

    this.addSql(
      `alter table if exists "archidelivery_product_link" add column if not exists "group_key" text null, add column if not exists "size_label" text null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_product_link_product_id" ON "archidelivery_product_link" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_product_link_group_key" ON "archidelivery_product_link" ("group_key") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop index if exists "IDX_archidelivery_product_link_product_id";`
    )
    this.addSql(
      `drop index if exists "IDX_archidelivery_product_link_group_key";`
    )
    this.addSql(
      `alter table if exists "archidelivery_product_link" drop column if exists "group_key", drop column if exists "size_label";`
    )

    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_product_link_product_id_unique" ON "archidelivery_product_link" ("product_id") WHERE deleted_at IS NULL;`
    )
  }
}
