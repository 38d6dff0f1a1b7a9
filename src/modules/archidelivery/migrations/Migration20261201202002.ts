import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201202002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_order_attempt" add column if not exists "warnings" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_order_attempt" drop column if exists "warnings";`
    )
  }
}
