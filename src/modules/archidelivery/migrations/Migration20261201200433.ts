import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201200433 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_lookup_proof" drop constraint if exists "archidelivery_lookup_proof_point_id_unique";`
    )
    this.addSql(
      `create table if not exists "archidelivery_lookup_proof" ("id" text not null, "point_id" text not null, "proven" boolean not null default false, "proven_at" timestamptz null, "checked_at" timestamptz null, "reason" text null, "archidelivery_order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_lookup_proof_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_lookup_proof_point_id_unique" ON "archidelivery_lookup_proof" ("point_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_lookup_proof_deleted_at" ON "archidelivery_lookup_proof" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "archidelivery_order_sync" add column if not exists "fulfilment_status" integer null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "archidelivery_lookup_proof" cascade;`)

    this.addSql(
      `alter table if exists "archidelivery_order_sync" drop column if exists "fulfilment_status";`
    )
  }
}
