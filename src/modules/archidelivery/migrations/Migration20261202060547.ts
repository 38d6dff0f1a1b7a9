import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202060547 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_slot_booking" drop constraint if exists "archidelivery_slot_booking_point_id_slot_start_seat_unique";`
    )
    this.addSql(
      `alter table if exists "archidelivery_slot_booking" drop constraint if exists "archidelivery_slot_booking_cart_id_unique";`
    )
    this.addSql(
      `alter table if exists "archidelivery_point_state" drop constraint if exists "archidelivery_point_state_point_id_unique";`
    )
    this.addSql(
      `create table if not exists "archidelivery_kitchen_outage" ("id" text not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "last_error" text null, "announced_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_kitchen_outage_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_kitchen_outage_deleted_at" ON "archidelivery_kitchen_outage" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "archidelivery_point_state" ("id" text not null, "point_id" text not null, "state" text check ("state" in ('online', 'busy', 'paused')) not null default 'online', "delay_minutes" integer not null default 0, "until" timestamptz null, "hours" jsonb null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_point_state_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_point_state_point_id_unique" ON "archidelivery_point_state" ("point_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_point_state_deleted_at" ON "archidelivery_point_state" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "archidelivery_slot_booking" ("id" text not null, "point_id" text not null, "slot_start" text not null, "seat" integer not null, "cart_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_slot_booking_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_slot_booking_cart_id_unique" ON "archidelivery_slot_booking" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_slot_booking_deleted_at" ON "archidelivery_slot_booking" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_slot_booking_point_id_slot_start_seat_unique" ON "archidelivery_slot_booking" ("point_id", "slot_start", "seat") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "archidelivery_kitchen_outage" cascade;`)

    this.addSql(`drop table if exists "archidelivery_point_state" cascade;`)

    this.addSql(`drop table if exists "archidelivery_slot_booking" cascade;`)
  }
}
