import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL search by words that stops after the first page (decision 0020-h21a), the
 * counterpart of SQLite's receipt-ordered FTS5 table (migration 0011):
 *
 * - `petition_search_keys`: one row per case, its search key `seq` = (days since 1970 of
 *   received_on) << 32 | a counter. Keys order cases by receipt day; within a day the query sorts
 *   the day's matches by id itself (so the first page is exactly `received_on desc, id desc`).
 * - `petition_words`: one row per distinct word of `search_text` per case, primary key
 *   (word, seq), collation "C": "the newest n cases holding this word" is a backward walk of one
 *   index range, never the heap; a prefix is the range word >= 'pre' and word < 'prf'.
 *
 * The words are the runs of a–z/0–9 of `search_text`, which is already folded and never holds a
 * sealed denouncer's identity. A trigger on `petitions` writes both tables in the statement's own
 * transaction, whichever path writes the case (intake, edits, imports, demo replay, restores).
 * SQLite: nothing here (its FTS5 table does this).
 */
export const WORDS_OF = (text: string) =>
  `array(select distinct w from regexp_split_to_table(${text}, '[^a-z0-9]+') w where w <> '')`;
export const SEQ_OF = (receivedOn: string) =>
  `(((${receivedOn})::date - date '1970-01-01')::bigint << 32) | (nextval('petition_search_seq') & 4294967295)`;

/**
 * Fills the empty tables from `petitions` (the migration, `danvan search rebuild`): keys first,
 * then every case's words, the indexes built once at the end (a sort, not 45M inserts into a btree).
 */
export async function fillSearchWords(db: Kysely<unknown>): Promise<void> {
  await sql`set local maintenance_work_mem = '512MB'`.execute(db);
  await sql`alter table petition_search_keys drop constraint if exists petition_search_keys_pkey`.execute(
    db,
  );
  await sql`drop index if exists petition_search_keys_seq_idx`.execute(db);
  await sql`alter table petition_words drop constraint if exists petition_words_pkey`.execute(db);
  await sql
    .raw(
      `insert into petition_search_keys (petition_id, seq) select id, ${SEQ_OF('received_on')} from petitions`,
    )
    .execute(db);
  await sql`alter table petition_search_keys add primary key (petition_id)`.execute(db);
  await sql`create unique index petition_search_keys_seq_idx on petition_search_keys (seq) include (petition_id)`.execute(
    db,
  );
  await sql`insert into petition_words (word, seq)
    select w.word, k.seq from petitions p join petition_search_keys k on k.petition_id = p.id
    cross join lateral (select distinct x as word from regexp_split_to_table(p.search_text, '[^a-z0-9]+') x where x <> '') w`.execute(
    db,
  );
  await sql`alter table petition_words add primary key (word, seq)`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`create sequence petition_search_seq`.execute(db);
  await sql`create table petition_search_keys (petition_id text primary key, seq bigint not null)`.execute(
    db,
  );
  await sql`create table petition_words (word text collate "C" not null, seq bigint not null)`.execute(
    db,
  );
  await fillSearchWords(db);
  await sql
    .raw(
      `create function petition_words_sync() returns trigger language plpgsql as $$
declare
  old_seq bigint;
  new_seq bigint;
begin
  if tg_op <> 'INSERT' then
    select seq into old_seq from petition_search_keys where petition_id = old.id;
    if old_seq is not null then
      delete from petition_words where word = any(${WORDS_OF('old.search_text')}) and seq = old_seq;
      delete from petition_search_keys where petition_id = old.id;
    end if;
    if tg_op = 'DELETE' then return old; end if;
  end if;
  new_seq := ${SEQ_OF('new.received_on')};
  insert into petition_search_keys (petition_id, seq) values (new.id, new_seq);
  insert into petition_words (word, seq) select unnest(${WORDS_OF('new.search_text')}), new_seq;
  return new;
end $$`,
    )
    .execute(db);
  await sql`create trigger petition_words_ai after insert on petitions for each row execute function petition_words_sync()`.execute(
    db,
  );
  await sql`create trigger petition_words_au after update of search_text, received_on, id on petitions for each row
    when (old.search_text is distinct from new.search_text or old.received_on is distinct from new.received_on or old.id is distinct from new.id)
    execute function petition_words_sync()`.execute(db);
  await sql`create trigger petition_words_ad after delete on petitions for each row execute function petition_words_sync()`.execute(
    db,
  );
  await sql`analyze petition_search_keys`.execute(db);
  await sql`analyze petition_words`.execute(db);
}
