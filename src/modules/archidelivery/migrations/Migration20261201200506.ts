import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201200506 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `drop index if exists "IDX_archidelivery_order_sync_archidelivery_order_id_unique";`
    )

    this.addSql(
      `alter table if exists "archidelivery_order_sync" add column if not exists "archidelivery_id_reused" boolean not null default false;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_order_sync_archidelivery_order_id" ON "archidelivery_order_sync" ("archidelivery_order_id") WHERE archidelivery_order_id IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop index if exists "IDX_archidelivery_order_sync_archidelivery_order_id";`
    )
    this.addSql(
      `alter table if exists "archidelivery_order_sync" drop column if exists "archidelivery_id_reused";`
    )

    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_order_sync_archidelivery_order_id_unique" ON "archidelivery_order_sync" ("archidelivery_order_id") WHERE archidelivery_order_id IS NOT NULL AND deleted_at IS NULL;`
    )
  }
}
