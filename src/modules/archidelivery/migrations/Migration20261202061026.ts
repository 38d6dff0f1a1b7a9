import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202061026 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_order_sync" add column if not exists "point_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_order_sync" drop column if exists "point_id";`
    )
  }
}
