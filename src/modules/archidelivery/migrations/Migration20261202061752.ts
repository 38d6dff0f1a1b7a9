import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202061752 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_product_modifier_group" drop constraint if exists "archidelivery_product_modifier_group_unique";`
    )
    this.addSql(
      `create table if not exists "archidelivery_modifier_group" ("id" text not null, "name" text not null, "min" integer not null default 0, "max" integer not null default 1, "sort" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_modifier_group_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_modifier_group_deleted_at" ON "archidelivery_modifier_group" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "archidelivery_modifier_option" ("id" text not null, "group_id" text not null, "name" text not null, "price" numeric not null default 0, "modificator_id" integer not null, "kind" integer not null, "kind1" integer not null, "ref" integer not null, "default_quantity" integer not null default 1, "is_default" boolean not null default false, "sort" integer not null default 0, "raw_price" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_modifier_option_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_modifier_option_group_id" ON "archidelivery_modifier_option" ("group_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_modifier_option_deleted_at" ON "archidelivery_modifier_option" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "archidelivery_product_modifier_group" ("id" text not null, "product_id" text not null, "group_id" text not null, "sort" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "archidelivery_product_modifier_group_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_product_modifier_group_group_id" ON "archidelivery_product_modifier_group" ("group_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_archidelivery_product_modifier_group_deleted_at" ON "archidelivery_product_modifier_group" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_archidelivery_product_modifier_group_unique" ON "archidelivery_product_modifier_group" ("product_id", "group_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "archidelivery_modifier_option" add constraint "archidelivery_modifier_option_group_id_foreign" foreign key ("group_id") references "archidelivery_modifier_group" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "archidelivery_product_modifier_group" add constraint "archidelivery_product_modifier_group_group_id_foreign" foreign key ("group_id") references "archidelivery_modifier_group" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "archidelivery_modifier_option" drop constraint if exists "archidelivery_modifier_option_group_id_foreign";`
    )

    this.addSql(
      `alter table if exists "archidelivery_product_modifier_group" drop constraint if exists "archidelivery_product_modifier_group_group_id_foreign";`
    )

    this.addSql(`drop table if exists "archidelivery_modifier_group" cascade;`)

    this.addSql(`drop table if exists "archidelivery_modifier_option" cascade;`)

    this.addSql(
      `drop table if exists "archidelivery_product_modifier_group" cascade;`
    )
  }
}
