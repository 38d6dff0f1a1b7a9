import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201200903 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_order_sync" drop constraint if exists "archidelivery_order_sync_status_check";`
    )

    this.addSql(
      `alter table if exists "archidelivery_order_sync" add column if not exists "cancelled_at" timestamptz null;`
    )
    this.addSql(
      `alter table if exists "archidelivery_order_sync" add constraint "archidelivery_order_sync_status_check" check("status" in ('queued', 'sending', 'sent', 'failed', 'needs_review', 'cancelled'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_order_sync" drop constraint if exists "archidelivery_order_sync_status_check";`
    )

    this.addSql(
      `alter table if exists "archidelivery_order_sync" drop column if exists "cancelled_at";`
    )

    this.addSql(
      `alter table if exists "archidelivery_order_sync" add constraint "archidelivery_order_sync_status_check" check("status" in ('queued', 'sending', 'sent', 'failed', 'needs_review'));`
    )
  }
}
