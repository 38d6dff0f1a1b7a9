import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128154926 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_product_link" drop constraint if exists "archidelivery_product_link_product_id_unique";`
    )
    this.addSql(
      `alter table if exists "archidelivery_product_link" drop constraint if exists "archidelivery_product_link_archidelivery_id_unique";`
    )
    this.addSql(
      `alter table if exists "archidelivery_order_sync" drop constraint if exists "archidelivery_order_sync_archidelivery_order_id_unique";`
    )
    this.addSql(
      `alter table if exists "archidelivery_order_sync" drop constraint if exists "archidelivery_order_sync_order_id_unique";`
    )
    this.addSql(
      `alter table if exists "archidelivery_client_link" drop constraint if exists "archidelivery_client_link_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "archidelivery_client_link" ("id" text not null, "customer_id" text not null, "archidelivery_client_id" text null, "phone" text null, "status" text check ("status" in ('linked', 'pending', 'failed')) not null default 'pending', "linked_by" text null, "linked_at" timestamptz null, "ambiguous" boolean not null default false, "candidates" jsonb null, "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "lease_until" timestamptz null, "lease_owner" text null, "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_client_link_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_client_link_customer_id_unique" ON "archidelivery_client_link" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_client_link_deleted_at" ON "archidelivery_client_link" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_client_link_status_next_attempt_at" ON "archidelivery_client_link" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "archidelivery_order_sync" ("id" text not null, "order_id" text not null, "display_id" integer null, "status" text check ("status" in ('queued', 'sending', 'sent', 'failed', 'needs_review')) not null default 'queued', "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "lease_until" timestamptz null, "lease_owner" text null, "reconcile" boolean not null default false, "archidelivery_order_id" text null, "archidelivery_status" integer null, "archidelivery_status_label" text null, "archidelivery_status_at" timestamptz null, "status_final" boolean not null default false, "sent_at" timestamptz null, "last_error" text null, "last_error_kind" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_order_sync_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_order_sync_order_id_unique" ON "archidelivery_order_sync" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_order_sync_deleted_at" ON "archidelivery_order_sync" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_order_sync_archidelivery_order_id_unique" ON "archidelivery_order_sync" ("archidelivery_order_id") WHERE archidelivery_order_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_order_sync_status_next_attempt_at" ON "archidelivery_order_sync" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_order_sync_status_lease_until" ON "archidelivery_order_sync" ("status", "lease_until") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "archidelivery_order_attempt" ("id" text not null, "order_sync_id" text not null, "outcome" text not null, "message" text null, "request" jsonb null, "reply" text null, "http_status" integer null, "duration_ms" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_order_attempt_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_order_attempt_order_sync_id" ON "archidelivery_order_attempt" ("order_sync_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_order_attempt_deleted_at" ON "archidelivery_order_attempt" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "archidelivery_product_import" ("id" text not null, "status" text check ("status" in ('running', 'completed', 'failed')) not null default 'running', "progress_done" integer not null default 0, "progress_total" integer not null default 0, "totals" jsonb null, "items" jsonb null, "error" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "started_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_product_import_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_product_import_deleted_at" ON "archidelivery_product_import" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "archidelivery_product_link" ("id" text not null, "archidelivery_id" text not null, "product_id" text null, "variant_id" text null, "approved" boolean not null default false, "approved_at" timestamptz null, "approved_by" text null, "imported_name" text not null, "imported_price" numeric not null, "imported_weight" integer null, "imported_group" text null, "imported_at" timestamptz not null, "missing" boolean not null default false, "missing_since" timestamptz null, "raw_imported_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_product_link_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_product_link_archidelivery_id_unique" ON "archidelivery_product_link" ("archidelivery_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_product_link_product_id_unique" ON "archidelivery_product_link" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_product_link_deleted_at" ON "archidelivery_product_link" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "archidelivery_order_attempt" add constraint "archidelivery_order_attempt_order_sync_id_foreign" foreign key ("order_sync_id") references "archidelivery_order_sync" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_order_attempt" drop constraint if exists "archidelivery_order_attempt_order_sync_id_foreign";`
    )

    this.addSql(`drop table if exists "archidelivery_client_link" cascade;`)

    this.addSql(`drop table if exists "archidelivery_order_sync" cascade;`)

    this.addSql(`drop table if exists "archidelivery_order_attempt" cascade;`)

    this.addSql(`drop table if exists "archidelivery_product_import" cascade;`)

    this.addSql(`drop table if exists "archidelivery_product_link" cascade;`)
  }
}
